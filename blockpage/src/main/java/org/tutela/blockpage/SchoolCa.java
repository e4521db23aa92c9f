package org.tutela.blockpage;

import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The school's own certificate authority, the one its managed devices trust because the school deployed it to them.
 * It signs short-lived certificates for the names of blocked sites, so that a device that asked for
 * {@code https://casino.example} can be told, over TLS it accepts, to go to the block page.
 */
final class SchoolCa {

    /** Minted certificates start this long before they are made, for devices whose clocks are a little behind. */
    static final Duration BACKDATE = Duration.ofHours(1);

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final String signatureAlgorithm;
    private final SecureRandom random = new SecureRandom();

    SchoolCa(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
        this.signatureAlgorithm = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException("the CA key must be RSA or EC, not " + key.getAlgorithm());
        };
        if (certificate.getBasicConstraints() < 0) {
            throw new IllegalArgumentException("the CA certificate is not a CA (basicConstraints CA:TRUE): "
                    + certificate.getSubjectX500Principal());
        }
        var usage = certificate.getKeyUsage();
        if (usage != null && !usage[5]) {
            throw new IllegalArgumentException("the CA certificate may not sign certificates (keyUsage keyCertSign)");
        }
        if (!matches(certificate.getPublicKey(), key, signatureAlgorithm)) {
            throw new IllegalArgumentException("the CA key is not the key of the CA certificate");
        }
    }

    /** The CA from its certificate and its unencrypted private key, each a PEM file as openssl writes them. */
    static SchoolCa load(Path certificatePem, Path keyPem) throws IOException {
        var certificate = readCertificate(certificatePem);
        try {
            certificate.checkValidity();
        } catch (CertificateException expiredOrNotYet) {
            throw new IllegalArgumentException("the CA certificate is not valid now (" + certificate.getNotBefore()
                    + " to " + certificate.getNotAfter() + ")");
        }
        return new SchoolCa(certificate, readKey(keyPem));
    }

    X509Certificate certificate() {
        return certificate;
    }

    /**
     * A certificate for one host name, for the given public key: the name as its only subject alternative name, for
     * TLS servers only, not a CA, valid from an hour before {@code now} for {@code lifetime} (never past the CA).
     */
    X509Certificate mint(String host, PublicKey leafKey, Instant now, Duration lifetime) {
        var name = HostNames.certifiable(host)
                .orElseThrow(() -> new IllegalArgumentException("not a host name to certify: " + host));
        if (!now.isBefore(certificate.getNotAfter().toInstant())) {
            // Every certificate it signed now would be refused by the devices anyway; the operator must renew it.
            throw new IllegalStateException("the school CA expired on " + certificate.getNotAfter().toInstant()
                    + ": make a new one, deploy it to the devices and restart the interceptor with it");
        }
        var notBefore = now.minus(BACKDATE);
        var notAfter = now.plus(lifetime);
        if (notAfter.isAfter(certificate.getNotAfter().toInstant())) {
            notAfter = certificate.getNotAfter().toInstant();
        }
        var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Tutela block page")
                .addRDN(BCStyle.CN, name).build();
        // Positive and at most 20 octets (RFC 5280 4.1.2.2), unpredictable.
        var serial = new BigInteger(127, random).setBit(126);
        try {
            var extensions = new JcaX509ExtensionUtils();
            var builder = new JcaX509v3CertificateBuilder(certificate, serial, Date.from(notBefore),
                    Date.from(notAfter), subject, leafKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature
                            | (leafKey.getAlgorithm().equals("RSA") ? KeyUsage.keyEncipherment : 0)))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(new GeneralName(GeneralName.dNSName, name)))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(leafKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            var signer = new JcaContentSignerBuilder(signatureAlgorithm).build(key);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (CertIOException | OperatorCreationException | GeneralSecurityException failed) {
            throw new IllegalStateException("could not mint a certificate for " + name, failed);
        }
    }

    private static X509Certificate readCertificate(Path pem) throws IOException {
        try (var parser = new PEMParser(reader(pem))) {
            for (Object read = parser.readObject(); read != null; read = parser.readObject()) {
                if (read instanceof X509CertificateHolder holder) {
                    return new JcaX509CertificateConverter().getCertificate(holder);
                }
            }
        } catch (CertificateException unreadable) {
            throw new IllegalArgumentException("cannot read the CA certificate in " + pem + ": "
                    + unreadable.getMessage());
        }
        throw new IllegalArgumentException("no certificate in " + pem + " (a PEM file, BEGIN CERTIFICATE)");
    }

    private static PrivateKey readKey(Path pem) throws IOException {
        var converter = new JcaPEMKeyConverter();
        try (var parser = new PEMParser(reader(pem))) {
            for (Object read = parser.readObject(); read != null; read = parser.readObject()) {
                if (read instanceof PEMKeyPair pair) {
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (read instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (read instanceof PEMEncryptedKeyPair || read instanceof PKCS8EncryptedPrivateKeyInfo) {
                    throw new IllegalArgumentException("the CA key in " + pem + " is encrypted: give it unencrypted,"
                            + " readable only by the interceptor's user (see docs/block-page-server.md)");
                }
            }
        }
        throw new IllegalArgumentException("no private key in " + pem + " (a PEM file, BEGIN PRIVATE KEY)");
    }

    private static Reader reader(Path pem) throws IOException {
        return Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
    }

    private static boolean matches(PublicKey certified, PrivateKey key, String algorithm) {
        try {
            var challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            var signing = Signature.getInstance(algorithm);
            signing.initSign(key);
            signing.update(challenge);
            var signature = signing.sign();
            var verifying = Signature.getInstance(algorithm);
            verifying.initVerify(certified);
            verifying.update(challenge);
            return verifying.verify(signature);
        } catch (GeneralSecurityException mismatched) {
            return false;
        }
    }
}
