package org.tutela.blockpage;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemGenerationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A school CA made for a test, as openssl would make one, written to PEM files as the interceptor reads them. */
record TestCa(X509Certificate certificate, KeyPair keys) {

    static TestCa ec() {
        return make("EC", true);
    }

    static TestCa rsa() {
        return make("RSA", true);
    }

    /** A certificate with a key that may sign, but that is not a CA. */
    static TestCa notACa() {
        return make("EC", false);
    }

    static TestCa make(String algorithm, boolean ca) {
        try {
            var keys = keys(algorithm);
            var now = Instant.now();
            var name = new X500Name("CN=Test School CA,O=Test School");
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name,
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(ca))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(ca
                            ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
            var signer = new JcaContentSignerBuilder(algorithm.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA")
                    .build(keys.getPrivate());
            return new TestCa(new JcaX509CertificateConverter().getCertificate(builder.build(signer)), keys);
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    static KeyPair keys(String algorithm) throws GeneralSecurityException {
        var generator = KeyPairGenerator.getInstance(algorithm);
        if (algorithm.equals("EC")) {
            generator.initialize(new ECGenParameterSpec("secp256r1"));
        } else {
            generator.initialize(2048);
        }
        return generator.generateKeyPair();
    }

    SchoolCa schoolCa() {
        return new SchoolCa(certificate, keys.getPrivate());
    }

    Path writeCertificate(Path directory) throws IOException {
        return write(directory.resolve("ca.pem"), certificate);
    }

    /** The key as PKCS#8 ({@code BEGIN PRIVATE KEY}), as {@code openssl genpkey} writes it. */
    Path writeKey(Path directory) throws IOException {
        try {
            return write(directory.resolve("ca.key"), new JcaPKCS8Generator(keys.getPrivate(), null).generate());
        } catch (PemGenerationException failed) {
            throw new IOException(failed);
        }
    }

    /** Trusts this CA and nothing else. */
    SSLContext trustingOnlyThis() throws GeneralSecurityException, IOException {
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("school-ca", certificate);
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static Path write(Path file, Object pem) throws IOException {
        var text = new StringWriter();
        try (var writer = new JcaPEMWriter(text)) {
            writer.writeObject(pem);
        }
        return Files.writeString(file, text.toString());
    }
}
