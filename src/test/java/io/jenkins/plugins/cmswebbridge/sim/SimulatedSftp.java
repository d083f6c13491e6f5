package io.jenkins.plugins.cmswebbridge.sim;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The SFTP side of a simulated MMP (Apache MINA's SFTP subsystem): serves files from a temporary directory that is
 * the account's SFTP root, records every read request, and plays an {@link SftpFault}. Files are written when the
 * simulator starts and deleted when it stops.
 */
final class SimulatedSftp implements SftpEventListener {

    private final Path root;
    private final SftpFault fault;
    private final Duration readDelay;
    private final long hugeBytes;
    private final long dropAfter;
    private final List<SftpRead> reads = new CopyOnWriteArrayList<>();

    SimulatedSftp(Map<String, byte[]> files, SftpFault fault, Duration readDelay, long hugeBytes, long dropAfter) {
        this.fault = fault;
        this.readDelay = readDelay;
        this.hugeBytes = hugeBytes;
        this.dropAfter = dropAfter;
        try {
            root = Files.createTempDirectory("mmp-sim-sftp");
            if (fault != SftpFault.NO_SUCH_FILE) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    Path path = root.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.getValue());
                    if (fault == SftpFault.HUGE) {
                        growSparse(path);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the simulated MMP's files", e);
        }
    }

    void install(SshServer sshd) {
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        SftpSubsystemFactory factory = new SftpSubsystemFactory.Builder().build();
        factory.addSftpEventListener(this);
        sshd.setSubsystemFactories(List.of(factory));
    }

    List<SftpRead> reads() {
        return List.copyOf(reads);
    }

    private void growSparse(Path path) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
            if (file.length() < hugeBytes) {
                file.setLength(hugeBytes);
            }
        }
    }

    @Override
    public void open(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
        if (fault == SftpFault.GROWING && localHandle instanceof FileHandle) {
            growSparse(localHandle.getFile());
        }
    }

    @Override
    public void reading(
            ServerSession session,
            String remoteHandle,
            FileHandle localHandle,
            long offset,
            byte[] data,
            int dataOffset,
            int dataLen)
            throws IOException {
        reads.add(new SftpRead(offset, dataLen));
        if (fault == SftpFault.DROP_MID_FILE && offset + dataLen > dropAfter) {
            session.close(true);
        } else if (fault == SftpFault.SLOW) {
            try {
                Thread.sleep(readDelay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void close() {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        } catch (IOException e) {
            return;
        }
        for (Path p : paths) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a temporary directory; the system cleans it up eventually
            }
        }
    }
}
