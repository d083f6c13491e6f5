package io.jenkins.plugins.cmswebbridge.standins;

import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;

/**
 * Not a stand-in of anything upstream: how the stand-ins' bodies fail. A stand-in method says
 * {@code return StandIn.unsupported();} or {@code StandIn.fail();} rather than {@code throw ...}, so that its
 * bytecode still has a return: SpotBugs, which reads the stand-ins as the real build's SpotBugs reads the real
 * classes, would otherwise see a method that always throws and report the plugin's code after each call to it
 * as dead. Upstream methods return; so do these, as far as SpotBugs can tell.
 */
public final class StandIn {

    private StandIn() {}

    /** Throws {@link UnsupportedOperationException}; declared to return a value for the callers' return. */
    public static <T> T unsupported() {
        throw new UnsupportedOperationException("stand-in: the offline build has no Jenkins behind this API");
    }

    /**
     * A placeholder for an upstream constant (a permission, an authentication): a distinct, non-null object of
     * the constant's type whose methods throw, so that SpotBugs does not see {@code null} passed where upstream
     * passes a real value. Classes need a no-argument constructor (any visibility); interfaces get a proxy.
     */
    public static <T> T placeholder(Class<T> type) {
        try {
            if (type.isInterface()) {
                return type.cast(
                        Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                            throw new UnsupportedOperationException("stand-in placeholder of " + type.getName());
                        }));
            }
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no placeholder for " + type, e);
        }
    }

    /** Throws {@link UnsupportedOperationException}, for void methods and constructors. */
    public static void fail() {
        throw new UnsupportedOperationException("stand-in: the offline build has no Jenkins behind this API");
    }
}
