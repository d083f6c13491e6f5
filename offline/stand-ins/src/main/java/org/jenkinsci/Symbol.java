package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// stand-in: jenkinsci/lib-symbol-annotation (artifact org.jenkins-ci:symbol-annotation, formerly structs-plugin's
// annotation/ module), org.jenkinsci.Symbol (its @Indexed meta-annotation left out)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
