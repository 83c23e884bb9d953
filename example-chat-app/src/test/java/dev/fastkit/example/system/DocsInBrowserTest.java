package dev.fastkit.example.system;

import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens {@code /docs} in a real headless Chromium (Debian's {@code /usr/bin/chromium}) and checks that Swagger UI
 * rendered the API's operations. Skipped without Chromium, unless {@code FASTKIT_REQUIRE_BROWSER=1} (CI), which makes
 * a missing browser a failure.
 */
@MicronautTest
class DocsInBrowserTest extends EndToEndTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void shouldRenderEveryOperationOfTheApiInARealBrowser(@TempDir Path profile) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM)) {
            assertThat(System.getenv("FASTKIT_REQUIRE_BROWSER")).as("FASTKIT_REQUIRE_BROWSER=1, but there is no "
                    + CHROMIUM).isNotEqualTo("1");
            Assumptions.abort("no " + CHROMIUM + ": apt-get install -y chromium");
        }

        String dom = renderedDom(profile, server.getURI().resolve("/docs").toString());

        assertThat(dom).contains("class=\"swagger-ui\"");
        assertThat(dom).contains("id=\"operations-chats-createChat\"", "id=\"operations-chats-listChats\"",
                "id=\"operations-messages-patchMessage\"", "id=\"operations-auth-authSignup\"");
        assertThat(dom).contains("opblock-summary-path", "data-path=\"/chats\"");
        assertThat(dom).doesNotContain("Failed to load API definition");
    }

    private static String renderedDom(Path profile, String url) throws IOException, InterruptedException {
        Path dom = profile.resolve("dom.html");
        Path log = profile.resolve("chromium.log");
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.resolve("profile"),
                "--virtual-time-budget=10000", "--dump-dom", url))
                .redirectOutput(dom.toFile())
                .redirectError(log.toFile())
                .start();
        if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s: " + Files.readString(log));
        }
        assertThat(chromium.exitValue()).as("chromium's exit status; its log: %s", Files.readString(log)).isZero();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }
}
