package io.jenkins.plugins.cmswebbridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hudson.tasks.BuildStepDescriptor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.junit.jupiter.api.Test;

/**
 * The names under which the Pipeline Syntax pages, pipelines and Job DSL find the plugin's steps, as upstream reads
 * them. workflow-cps {@code Snippetizer.getQuasiDescriptors} lists every pipeline step under its function name, and
 * every {@code @Symbol} descriptor that a metastep takes (the {@code step} metastep takes any {@code SimpleBuildStep},
 * so our freestyle build step) under its first symbol, in a {@code TreeSet} ordered by that name: of two entries with
 * the same name only the first added is kept, and the build step's came first. structs' {@code symbolOf} also takes
 * the first symbol, and the Snippet Generator writes a metastep's delegate under it. Job DSL's dynamic DSL matches a
 * name against every symbol of a descriptor, and falls back to the uncapitalized class name.
 */
class SymbolsTest {

    /** The pipeline steps of the plugin by function name, from every {@link StepDescriptor} it compiles. */
    private static Map<String, Class<?>> functionNames() throws Exception {
        Map<String, Class<?>> names = new TreeMap<>();
        for (Class<?> c : FormConsistencyTest.pluginClasses()) {
            if (StepDescriptor.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                StepDescriptor d = (StepDescriptor) c.getConstructor().newInstance();
                assertEquals(null, names.put(d.getFunctionName(), c), d.getFunctionName());
            }
        }
        return names;
    }

    @Test
    void noBuildStepIsListedUnderTheNameOfAPipelineStep() throws Exception {
        Map<String, Class<?>> steps = functionNames();
        assertEquals(List.of("cmsWebBridgeSessionReport", "restartCmsWebBridges"), List.copyOf(steps.keySet()));
        List<String> problems = new ArrayList<>();
        int buildSteps = 0;
        for (Class<?> c : FormConsistencyTest.pluginClasses()) {
            Symbol symbol = c.getAnnotation(Symbol.class);
            if (symbol != null && BuildStepDescriptor.class.isAssignableFrom(c)) {
                buildSteps++;
                String listedAs = symbol.value()[0];
                if (steps.containsKey(listedAs)) {
                    problems.add(c.getSimpleName() + " would be listed as " + listedAs + ", hiding "
                            + steps.get(listedAs).getName());
                }
            }
        }
        assertEquals(1, buildSteps, "the build step's descriptor carries a symbol");
        assertEquals(List.of(), problems);
    }

    /**
     * The build step's first symbol is the name Job DSL gives it without one (its class name, uncapitalized), and
     * {@code restartCmsWebBridges}, the only name it had before, stays a symbol, so that Job DSL scripts written with
     * it still work: in a pipeline that name is the pipeline step, which workflow-cps looks up before any symbol.
     */
    @Test
    void theBuildStepKeepsItsFormerJobDslName() {
        String className = RestartCmsWebBridgesBuilder.class.getSimpleName();
        String uncapitalized = className.substring(0, 1).toLowerCase(Locale.ENGLISH) + className.substring(1);
        assertEquals(
                List.of(uncapitalized, "restartCmsWebBridges"),
                List.of(RestartFormDescriptor.class.getAnnotation(Symbol.class).value()));
    }
}
