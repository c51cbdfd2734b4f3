package tessera.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import tessera.json.ShownText;
import tessera.jvm.RenderResult;
import tessera.render.FrameLimits;
import tessera.render.InvalidRequestException;
import tessera.render.Picture;
import tessera.render.Preparation;
import tessera.render.RenderLimits;
import tessera.render.RenderPlan;
import tessera.render.RenderRequest;
import tessera.render.Workload;
import tessera.server.DevServer;
import tessera.server.HostingFiles;
import tessera.server.ServerConfig;
import tessera.workloads.Workloads;

/**
 * {@code java -jar tessera.jar render --request req.json --out out.png [--threads N]},
 * {@code frames} (see {@link FramesCommand}), {@code bench}, {@code hosting} and
 * {@code java -jar tessera.jar serve [--conf server.conf] [--port N] [--host H] [--root DIR]}.
 */
public final class Main {
    private static final String USAGE = String.join("\n",
            "usage: java -jar tessera.jar render --request REQUEST.json --out OUT.png [--threads N] [--exact]",
            "       java -jar tessera.jar frames --request REQUEST.json --to-zoom Z --frames N --out DIR [--cycle T] [--shard i/n] [--threads N]",
            "       java -jar tessera.jar serve [--conf server.conf] [--port N] [--host ADDRESS] [--root DIR]",
            "       java -jar tessera.jar hosting [--conf server.conf] [--site target/site]",
            "       java -jar tessera.jar bench [--site target/site] [--threads N] [--warmup N] [--runs N] [--workloads a,b] [--json FILE]",
            "exit codes: 0 done, 1 internal error, 2 usage, 3 invalid request, 4 file or network error");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || List.of(args).contains("--help") || args[0].equals("help")) {
                (args.length == 0 ? err : out).println(USAGE);
                return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            switch (args[0]) {
                case "render":
                    return render(new Options(rest, List.of("request", "out", "threads"), List.of("exact")), out, err);
                case "frames":
                    return FramesCommand.run(new Options(rest, List.of("request", "to-zoom", "frames", "out", "cycle", "shard", "threads")), out, err);
                case "bench":
                    return BenchCommand.run(new Options(rest, List.of("site", "threads", "warmup", "runs", "workloads", "json")), out);
                case "hosting":
                    return hosting(new Options(rest, List.of("conf", "site")), out);
                case "serve":
                    return serve(new Options(rest, List.of("conf", "port", "host", "root")), out, err);
                default:
                    throw new UsageException("unknown command \"" + args[0] + "\"");
            }
        } catch (UsageException e) {
            err.println(ShownText.escaped("tessera: " + e.getMessage()));
            err.println(USAGE);
            return ExitCode.USAGE;
        } catch (InvalidRequestException e) {
            err.println(ShownText.escaped("tessera: invalid request: " + e.getMessage()));
            return ExitCode.INVALID_REQUEST;
        } catch (NoSuchFileException e) {
            err.println(ShownText.escaped("tessera: no such file: " + e.getFile()));
            return ExitCode.IO;
        } catch (IOException e) {
            err.println(ShownText.escaped("tessera: " + e.getMessage()));
            return ExitCode.IO;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("tessera: interrupted");
            return ExitCode.INTERNAL;
        } catch (RuntimeException e) {
            err.println(ShownText.escaped("tessera: internal error: " + e));
            return ExitCode.INTERNAL;
        }
    }

    private static int render(Options options, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Path requestFile = Path.of(options.require("request"));
        Path outFile = Path.of(options.require("out"));
        int threadOption = options.intValue("threads", 1, RenderLimits.MAX_JVM_THREADS, 0);
        OutputFile.check(outFile, requestFile);
        String text = RequestFile.read(requestFile);
        if (options.has("exact")) {
            text = exact(text);
        }
        RenderRequest request = Workloads.parse(text, RenderLimits.MAX_JVM_THREADS, FrameLimits.BANDS);
        RequestFolder pictures = new RequestFolder(requestFile.toAbsolutePath().getParent());
        Workload workload = Workloads.create(request, Preparation.of(pictures));
        int threads = threadOption > 0 ? threadOption : request.workers(Runtime.getRuntime().availableProcessors());
        RenderPlan plan = RenderPlan.of(workload, request.tileSize(), threads);
        Picture source = workload.sourcePicture() == null ? null : source(pictures, workload.sourcePicture());
        RenderResult result = PngRender.render(plan, source, outFile, requestFile, err);
        out.println(result.toJson());
        return ExitCode.OK;
    }

    /** The picture the first pass reads; one whose header was fine but whose pixels are not is refused like any bad picture. */
    private static Picture source(RequestFolder pictures, String name) {
        try {
            return pictures.load(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("params.image", "cannot load \"" + name + "\": " + e.getMessage());
        }
    }

    /** Writes _headers and .htaccess for other hosts from server.conf into the site folder. */
    /**
     * The request with {@code params.exact} set: a Mandelbrot view rendered with a full-precision
     * orbit per pixel, the oracle for deep views (slow). A text that is not JSON is left for the
     * request reader to refuse in its words.
     */
    private static String exact(String text) {
        tessera.json.JsonValue root;
        try {
            root = tessera.json.JsonReader.parse(text);
        } catch (RuntimeException e) {
            return text;
        }
        if (!root.is(tessera.json.JsonValue.Kind.OBJECT)) {
            return text;
        }
        tessera.json.JsonValue params = root.members().get("params");
        if (params == null) {
            params = tessera.json.JsonReader.parse("{}");
        }
        if (!params.is(tessera.json.JsonValue.Kind.OBJECT)) {
            return text;
        }
        return root.with("params", params.with("exact", tessera.json.JsonValue.of(true))).toJson();
    }

    private static int hosting(Options options, PrintStream out) throws IOException {
        Path site = Path.of(options.get("site", "target/site"));
        if (!Files.isDirectory(site)) {
            throw new IOException("no site folder " + site + "; build it with: mvn package");
        }
        HostingFiles.write(ServerConfig.read(Path.of(options.get("conf", "server.conf"))), site);
        out.println("wrote " + site.resolve("_headers") + " and " + site.resolve(".htaccess"));
        return ExitCode.OK;
    }

    private static int serve(Options options, PrintStream out, PrintStream err) throws IOException, InterruptedException {
        Path confFile = Path.of(options.get("conf", "server.conf"));
        ServerConfig config;
        try {
            config = ServerConfig.read(confFile);
        } catch (IllegalArgumentException e) {
            err.println(ShownText.escaped("tessera: " + e.getMessage()));
            return ExitCode.USAGE;
        }
        String host = options.get("host", config.host);
        int port = options.intValue("port", 0, 65535, config.port);
        Path root = options.has("root") ? Path.of(options.get("root", null)) : config.root;
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            err.println("tessera: warning: serving on " + host + ", reachable from other machines");
        }
        DevServer server;
        try {
            server = DevServer.start(config, host, port, root);
        } catch (java.net.BindException e) {
            throw new IOException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); pass --port N for another port");
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.println("Tessera is serving " + root + " at http://" + shownHost + ":" + server.port() + "/  (Ctrl+C stops it)");
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        forever.await();
        return ExitCode.OK;
    }
}
