package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// stand-in: jenkinsci/stapler core, org.kohsuke.stapler.AncestorInPath (its @InjectedParameter meta-annotation and its
// nested HandlerImpl left out)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface AncestorInPath {}
