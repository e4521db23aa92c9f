package org.tutela.blockpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchoolCaTest {

    static final TestCa EC_CA = TestCa.ec();

    @TempDir
    Path directory;

    @Nested
    class AMintedCertificate {

        final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        final X509Certificate leaf = EC_CA.schoolCa().mint("Casino.Example", EC_CA.keys().getPublic(), now,
                Duration.ofHours(24));

        @Test
        void namesTheHostAsItsOnlySubjectAlternativeName() throws Exception {
            assertThat(leaf.getSubjectAlternativeNames()).containsExactly(List.of(2, "casino.example"));
            assertThat(leaf.getSubjectX500Principal().getName()).contains("CN=casino.example");
        }

        @Test
        void isSignedByTheSchoolCa() throws Exception {
            leaf.verify(EC_CA.certificate().getPublicKey());
            assertThat(leaf.getIssuerX500Principal()).isEqualTo(EC_CA.certificate().getSubjectX500Principal());
        }

        @Test
        void isForTlsServersOnlyAndNoCa() throws Exception {
            assertThat(leaf.getBasicConstraints()).isEqualTo(-1);
            assertThat(leaf.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
            assertThat(leaf.getKeyUsage()[0]).isTrue();
            assertThat(leaf.getKeyUsage()[5]).isFalse();
        }

        @Test
        void isValidForADayFromAnHourBeforeItWasMade() {
            assertThat(leaf.getNotBefore().toInstant()).isEqualTo(now.minus(Duration.ofHours(1)));
            assertThat(leaf.getNotAfter().toInstant()).isEqualTo(now.plus(Duration.ofHours(24)));
        }

        @Test
        void neverOutlivesTheCa() {
            var longLived = EC_CA.schoolCa().mint("casino.example", EC_CA.keys().getPublic(), now,
                    Duration.ofDays(5000));

            assertThat(longLived.getNotAfter()).isEqualTo(EC_CA.certificate().getNotAfter());
        }

        @Test
        void fromAnRsaCaIsSignedWithRsa() throws Exception {
            var rsa = TestCa.rsa();
            var minted = rsa.schoolCa().mint("casino.example", EC_CA.keys().getPublic(), now, Duration.ofHours(1));

            minted.verify(rsa.certificate().getPublicKey());
            assertThat(minted.getSigAlgName()).isEqualTo("SHA256withRSA");
        }
    }

    @Test
    void mintsNothingForAnIpAddressOrAnythingButAHostName() {
        var ca = EC_CA.schoolCa();
        for (var name : List.of("10.1.0.80", "2001:db8::1", "*.casino.example", "casino.example\u0000.evil")) {
            assertThatIllegalArgumentException().isThrownBy(() -> ca.mint(name, EC_CA.keys().getPublic(),
                    Instant.now(), Duration.ofHours(1)));
        }
    }

    void openssl(String... arguments) throws Exception {
        var command = new ArrayList<String>();
        command.add("/usr/bin/openssl");
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    @Nested
    class Loading {

        @Test
        void readsTheCertificateAndItsPkcs8Key() throws Exception {
            var rsa = TestCa.rsa();

            assertThat(SchoolCa.load(EC_CA.writeCertificate(directory), EC_CA.writeKey(directory)).certificate())
                    .isEqualTo(EC_CA.certificate());
            assertThat(SchoolCa.load(rsa.writeCertificate(directory), rsa.writeKey(directory)).certificate())
                    .isEqualTo(rsa.certificate());
        }

        /** The commands of docs/block-page-server.md, and the older key forms openssl writes. */
        @Test
        void readsACaMadeWithOpenssl() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
            for (var newKey : List.of(List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"),
                    List.of("-newkey", "rsa:2048"))) {
                var request = new ArrayList<>(List.of("req", "-x509", "-new"));
                request.addAll(newKey);
                request.addAll(List.of("-nodes", "-sha256", "-days", "1825",
                        "-subj", "/C=GB/O=Oak Primary School/CN=Oak Primary School filtering CA",
                        "-addext", "basicConstraints=critical,CA:TRUE,pathlen:0",
                        "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                        "-keyout", "school-ca.key", "-out", "school-ca.pem"));
                openssl(request.toArray(String[]::new));
                openssl("pkey", "-in", "school-ca.key", "-traditional", "-out", "traditional.key");

                for (var file : List.of("school-ca.key", "traditional.key")) {
                    var ca = SchoolCa.load(directory.resolve("school-ca.pem"), directory.resolve(file));
                    ca.mint("casino.example", EC_CA.keys().getPublic(), Instant.now(), Duration.ofHours(1))
                            .verify(ca.certificate().getPublicKey());
                }
            }
            assertThat(Files.readString(directory.resolve("traditional.key"))).contains("BEGIN RSA PRIVATE KEY");
        }

        @Test
        void readsAnEcKeyAfterItsCurveParameters() throws Exception {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
            openssl("ecparam", "-name", "prime256v1", "-genkey", "-out", "school-ca.key");
            openssl("req", "-x509", "-new", "-key", "school-ca.key", "-sha256", "-days", "30", "-subj", "/CN=CA",
                    "-addext", "basicConstraints=critical,CA:TRUE", "-out", "school-ca.pem");

            assertThat(Files.readString(directory.resolve("school-ca.key"))).startsWith("-----BEGIN EC PARAMETERS");
            assertThat(SchoolCa.load(directory.resolve("school-ca.pem"), directory.resolve("school-ca.key")))
                    .isNotNull();
        }

        @Test
        void refusesAKeyThatIsNotTheCertificates() throws Exception {
            var other = TestCa.ec();

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SchoolCa.load(EC_CA.writeCertificate(directory), other.writeKey(directory)))
                    .withMessageContaining("not the key of the CA certificate");
        }

        @Test
        void refusesACertificateThatIsNotACa() throws Exception {
            var leaf = TestCa.notACa();

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SchoolCa.load(leaf.writeCertificate(directory), leaf.writeKey(directory)))
                    .withMessageContaining("not a CA");
        }

        @Test
        void refusesAnEncryptedKeySayingSo() throws Exception {
            var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC)
                    .setPassword("secret".toCharArray()).build();
            var key = directory.resolve("encrypted.key");
            try (var writer = new JcaPEMWriter(Files.newBufferedWriter(key))) {
                writer.writeObject(new JcaPKCS8Generator(EC_CA.keys().getPrivate(), encryptor));
            }

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SchoolCa.load(EC_CA.writeCertificate(directory), key))
                    .withMessageContaining("encrypted");
        }

        @Test
        void refusesFilesWithoutACertificateOrKey() throws Exception {
            var empty = Files.writeString(directory.resolve("empty.pem"), "nothing here\n");

            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SchoolCa.load(empty, EC_CA.writeKey(directory)))
                    .withMessageContaining("no certificate");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> SchoolCa.load(EC_CA.writeCertificate(directory), empty))
                    .withMessageContaining("no private key");
        }
    }
}
