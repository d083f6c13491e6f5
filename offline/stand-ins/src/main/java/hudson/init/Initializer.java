package hudson.init;

import static hudson.init.InitMilestone.COMPLETED;
import static hudson.init.InitMilestone.STARTED;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

// stand-in: jenkins-core hudson.init.Initializer (after and before; the annotation-indexer's @Indexed, which makes
// Jenkins find the annotated methods, and the elements requires, attains, displayName and fatal left out)
@Documented
@Retention(RUNTIME)
@Target(METHOD)
public @interface Initializer {
    InitMilestone after() default STARTED;

    InitMilestone before() default COMPLETED;
}
