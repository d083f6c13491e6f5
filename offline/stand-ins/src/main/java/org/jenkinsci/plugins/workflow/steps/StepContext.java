package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.IOException;
import java.io.Serializable;

// stand-in: workflow-step-api-plugin org.jenkinsci.plugins.workflow.steps.StepContext (get(Class), the member the
// plugin calls; the abstract onSuccess, isReady, saveState, setResult, newBodyInvoker, equals and hashCode, and
// hasBody(), left out)
public abstract class StepContext implements FutureCallback<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;
}
