package org.tutela.blockpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.InetAddress;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.blockpage.BlockPageServerMain.Options;

class BlockPageServerMainTest {

    @TempDir
    Path directory;

    @Test
    void listensOnPorts80And443OfEveryAddressUnlessTold() {
        var settings = Options.parse("--block-page-url", "https://tutela.example.org/blocked");

        assertThat(settings.httpPort()).isEqualTo(80);
        assertThat(settings.httpsPort()).isEqualTo(443);
        assertThat(settings.listen().isAnyLocalAddress()).isTrue();
        assertThat(settings.ca()).isEmpty();
    }

    @Test
    void readsEveryOption() throws Exception {
        var ca = TestCa.ec();
        var settings = Options.parse("--block-page-url", "https://tutela.example.org/blocked", "--listen", "10.1.0.80",
                "--http-port", "8080", "--https-port", "8443", "--school", InterceptorTest.SCHOOL.toString(),
                "--ca-cert", ca.writeCertificate(directory).toString(), "--ca-key", ca.writeKey(directory).toString(),
                "--event-loops", "2");

        assertThat(settings.listen()).isEqualTo(InetAddress.getByName("10.1.0.80"));
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.httpsPort()).isEqualTo(8443);
        assertThat(settings.eventLoops()).isEqualTo(2);
        assertThat(settings.ca()).hasValueSatisfying(school -> assertThat(school.certificate())
                .isEqualTo(ca.certificate()));
        assertThat(settings.blockPage().locationFor("u")).endsWith("&school=" + InterceptorTest.SCHOOL);
    }

    @Test
    void refusesWhatItCannotRunWith() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse()).withMessageContaining("--block-page-url");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--block-page-url", "https://t.example/b",
                "--ca-cert", "ca.pem")).withMessageContaining("together");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--block-page-url", "https://t.example/b",
                "--school", "Oak Primary")).withMessageContaining("UUID");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--block-page-url", "https://t.example/b",
                "--listen", "blockpage.example")).withMessageContaining("IP address");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--block-page-url", "https://t.example/b",
                "--http-port", "70000"));
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--block-page-url", "https://t.example/b",
                "--ca-cert", "/nonexistent/ca.pem", "--ca-key", "/nonexistent/ca.key"))
                .withMessageContaining("cannot read the school CA");
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--port", "53"))
                .withMessageContaining("unknown option");
    }
}
