package org.kohsuke.stapler.export;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// stand-in: jenkinsci/stapler core, org.kohsuke.stapler.export.ExportedBean (its @Indexed meta-annotation, from
// annotation-indexer, which is not on Maven Central, left out; defaultVisibility is set by the ListBoxModel.Option
// stand-in, as upstream)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Target(ElementType.TYPE)
public @interface ExportedBean {
    int defaultVisibility() default 1;
}
