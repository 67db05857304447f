package org.footnote.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The production jar under test, run as a process of its own on 127.0.0.1, on the seeded data, with
 * its log in a file. Its CPU time (user and system, as /proc/PID/stat counts it) is read before and
 * after the run.
 */
final class ServerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private final Process process;
    private final String url;

    private ServerProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(Path jar, LoadSettings settings, List<String> appArguments, Path log)
            throws IOException, InterruptedException {
        String url = settings.target();
        if (answers(url + "/login")) {
            throw new IllegalStateException("Something already answers at " + url + "; stop it or choose -Dload.port");
        }
        var command = new java.util.ArrayList<>(List.of(Java.executable(), "-Xmx" + settings.serverXmx(),
                "-jar", jar.toString(), "--server.port=" + settings.port(), "--server.address=127.0.0.1"));
        command.addAll(appArguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var server = new ServerProcess(process, url);
        server.awaitReady(log);
        return server;
    }

    /** CPU time the server has used so far. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("this system does not report a process's CPU time"));
    }

    long pid() {
        return process.pid();
    }

    /** Stops it as an operator would (SIGTERM, Spring's graceful shutdown), forcibly after a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady(Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!answers(url + "/login")) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IllegalStateException("The server did not start at " + url + "; see " + log);
            }
            Thread.sleep(1000);
        }
    }

    private static boolean answers(String url) throws InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }
}
