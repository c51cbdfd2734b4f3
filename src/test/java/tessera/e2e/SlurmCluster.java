package tessera.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A one-node Slurm cluster of Debian's {@code slurm-wlm} and {@code munge}, all its state (key,
 * sockets, spool, logs, pid files) in one folder: munged, slurmctld and slurmd started here and
 * stopped by their process ids when closed. The daemons run as root, as these machines allow.
 */
final class SlurmCluster implements AutoCloseable {
    private static final long START_TIMEOUT_MS = 60_000;

    final Path folder;
    final Path conf;
    private final List<Path> pidFiles = new ArrayList<>();

    private SlurmCluster(Path folder) {
        this.folder = folder;
        this.conf = folder.resolve("slurm.conf");
    }

    /** Starts the cluster in {@code folder} and waits until its node takes jobs. */
    static SlurmCluster start(Path folder) throws Exception {
        SlurmCluster cluster = new SlurmCluster(folder);
        try {
            cluster.startDaemons();
            return cluster;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    private void startDaemons() throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("the Slurm test runs its daemons as root; run the tests as root");
        }
        String host = output(List.of("hostname", "-s")).trim();
        Files.createDirectories(folder.resolve("state"));
        Files.createDirectories(folder.resolve("spool"));
        Path key = folder.resolve("munge.key");
        run(List.of("mungekey", "--create", "--keyfile=" + key));
        run(List.of("chmod", "400", key.toString()));
        Path socket = folder.resolve("munge.socket");
        pidFiles.add(folder.resolve("munged.pid"));
        run(List.of("munged", "--key-file=" + key, "--socket=" + socket, "--pid-file=" + folder.resolve("munged.pid"),
                "--log-file=" + folder.resolve("munged.log"), "--seed-file=" + folder.resolve("munge.seed")));
        int controllerPort = freePort();
        int nodePort = freePort();
        Files.writeString(conf, String.join("\n",
                "ClusterName=tessera", "SlurmctldHost=" + host, "AuthType=auth/munge", "AuthInfo=socket=" + socket,
                "CredType=cred/munge", "ProctrackType=proctrack/linuxproc", "TaskPlugin=task/none", "SlurmUser=root",
                "SlurmdUser=root", "StateSaveLocation=" + folder.resolve("state"), "SlurmdSpoolDir=" + folder.resolve("spool"),
                "SlurmctldPidFile=" + folder.resolve("slurmctld.pid"), "SlurmdPidFile=" + folder.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + folder.resolve("slurmctld.log"), "SlurmdLogFile=" + folder.resolve("slurmd.log"),
                "SlurmctldPort=" + controllerPort, "SlurmdPort=" + nodePort, "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_CPU", "SchedulerType=sched/builtin", "ReturnToService=2", "MpiDefault=none",
                "JobCompType=jobcomp/none", "AccountingStorageType=accounting_storage/none",
                "NodeName=" + host + " CPUs=" + Runtime.getRuntime().availableProcessors() + " State=UNKNOWN",
                "PartitionName=tessera Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP", ""));
        pidFiles.add(folder.resolve("slurmctld.pid"));
        run(List.of("slurmctld", "-f", conf.toString()));
        pidFiles.add(folder.resolve("slurmd.pid"));
        run(List.of("slurmd", "-f", conf.toString()));
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        String state = "";
        while (!state.equals("idle")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("the Slurm node did not become idle within a minute (state \"" + state + "\"); "
                        + "see " + folder.resolve("slurmctld.log"));
            }
            // Polling a daemon's state, which nothing announces: a short pause between looks.
            Thread.sleep(200);
            state = output(List.of("sinfo", "--noheader", "--format=%t")).trim();
        }
    }

    /** Runs a Slurm command against this cluster; returns what it printed, or fails with it. */
    String run(List<String> command, Path directory) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("SLURM_CONF", conf.toString());
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within 10 minutes");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + output);
        }
        return output;
    }

    private String output(List<String> command) throws Exception {
        return run(command, folder);
    }

    private void run(List<String> command) throws Exception {
        run(command, folder);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Stops every daemon that started, by the process id it wrote, and waits for it to go. */
    @Override
    public void close() throws Exception {
        for (int i = pidFiles.size() - 1; i >= 0; i--) {
            Path pidFile = pidFiles.get(i);
            if (!Files.exists(pidFile)) {
                continue;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(process -> {
                process.destroy();
                process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> {
                    process.destroyForcibly();
                    return process;
                }).join();
            });
        }
    }
}
