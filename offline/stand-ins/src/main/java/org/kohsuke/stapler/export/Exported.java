package org.kohsuke.stapler.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// stand-in: jenkinsci/stapler core, org.kohsuke.stapler.export.Exported (visibility, the element the plugin sets; the
// elements name, inline, merge, skipNull and verboseMap left out)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Exported {
    int visibility() default 0;
}
