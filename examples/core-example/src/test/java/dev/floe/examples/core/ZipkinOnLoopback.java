package dev.floe.examples.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real Zipkin server (the {@code io.zipkin:zipkin-server} exec jar that this module's pom
 * copies to {@code target/zipkin}) once per test JVM on 127.0.0.1 and a free port, and points floe's
 * trace checks at it through {@code floe.services.zipkin.url}. Stopped when JUnit closes the root store.
 *
 * <p>Where a Zipkin (or Jaeger) already runs, leave this extension out and set
 * {@code floe.services.zipkin.url} in {@code junit-platform.properties} instead.
 */
public final class ZipkinOnLoopback implements BeforeAllCallback {

    static final String URL_KEY = "floe.services.zipkin.url";
    private static final Path JAR = Path.of("target", "zipkin", "zipkin-server-exec.jar");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    @Override
    public void beforeAll(ExtensionContext context) {
        Server server = context.getRoot().getStore(ExtensionContext.Namespace.create(ZipkinOnLoopback.class))
                .computeIfAbsent(Server.class, key -> Server.start(), Server.class);
        // A system property is the first place floe looks, so the checks of this run ask this server.
        System.setProperty(URL_KEY, server.uri.toString());
    }

    /** The Zipkin URL of this run, once a class with this extension has started. */
    static URI uri() {
        return URI.create(System.getProperty(URL_KEY));
    }

    private record Server(Process process, URI uri) implements AutoCloseable {

        static Server start() {
            if (!Files.isRegularFile(JAR)) {
                throw new IllegalStateException("Zipkin server jar missing at " + JAR.toAbsolutePath()
                        + ": run the tests through Maven (generate-test-resources copies io.zipkin:zipkin-server:exec).");
            }
            int port = freePort();
            Path log = JAR.resolveSibling("zipkin-" + port + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString(),
                    "--armeria.ports[0].port=" + port, "--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].protocols=http",
                    "--logging.level.root=WARN");
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Could not start Zipkin: " + command, e);
            }
            URI uri = URI.create("http://127.0.0.1:" + port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    if (http.send(HttpRequest.newBuilder(uri.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200) {
                        return new Server(process, uri);
                    }
                }
                catch (IOException notYet) {
                    // not listening yet
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                pause();
            }
            process.destroyForcibly();
            throw new IllegalStateException("Zipkin did not answer GET " + uri + "/health within " + STARTUP_TIMEOUT.toSeconds()
                    + "s; see its log " + log.toAbsolutePath());
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void pause() {
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
