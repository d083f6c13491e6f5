package io.jenkins.plugins.cmswebbridge.sim;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.sshd.client.future.DefaultOpenFuture;
import org.apache.sshd.client.future.OpenFuture;
import org.apache.sshd.common.channel.Channel;
import org.apache.sshd.common.channel.ChannelFactory;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * Session channels of a simulated MMP that stop answering after the login: one never confirms the channel open
 * ({@link Fault#CHANNEL_OPEN_HANG}), the other never replies to the exec request ({@link Fault#EXEC_HANG}). The
 * client is then left waiting inside its SSH library, where only its own deadline can free it.
 */
final class HangingChannels implements ChannelFactory {

    private final Fault fault;
    private final Consumer<String> commands;

    /** @param commands receives every exec request's command line */
    HangingChannels(Fault fault, Consumer<String> commands) {
        this.fault = fault;
        this.commands = commands;
    }

    @Override
    public String getName() {
        return "session";
    }

    @Override
    public Channel createChannel(Session session) throws IOException {
        return fault == Fault.CHANNEL_OPEN_HANG ? new NeverOpened() : new ExecNeverAnswered(commands);
    }

    /** The open request is received and never confirmed nor refused. */
    private static final class NeverOpened extends ChannelSession {
        @Override
        protected OpenFuture doInit(Buffer buffer) {
            return new DefaultOpenFuture(this, this);
        }
    }

    /** The channel opens; the exec request is swallowed: no reply, no command, no output. */
    private static final class ExecNeverAnswered extends ChannelSession {
        private final Consumer<String> commands;

        ExecNeverAnswered(Consumer<String> commands) {
            this.commands = commands;
        }

        @Override
        protected RequestHandler.Result handleExec(String request, Buffer buffer, boolean wantReply) {
            commands.accept(buffer.getString());
            return RequestHandler.Result.Replied;
        }
    }
}
