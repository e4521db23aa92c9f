package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tutela.governance.FetchableAddresses.Reach;

class FetchableAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2a00:1450:4009:81f::200e",
            "::ffff:8.8.8.8", "2002:0808:0808::1"})
    void anAddressOnThePublicInternetMayBeFetched(String address) throws UnknownHostException {
        assertThat(FetchableAddresses.reach(InetAddress.getByName(address))).isEqualTo(Reach.PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "100.64.0.1", "::1", "fc00::1", "fd12:3456::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1", "2002:c0a8:0101::1",
            "64:ff9b::a00:1"})
    void thisMachineAndPrivateNetworksArePrivate(String address) throws UnknownHostException {
        assertThat(FetchableAddresses.reach(InetAddress.getByName(address))).isEqualTo(Reach.PRIVATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "169.254.0.1", "fe80::1", "0.0.0.0", "0.1.2.3", "::", "224.0.0.1",
            "239.255.255.250", "255.255.255.255", "240.0.0.1", "ff02::1", "::ffff:169.254.169.254",
            "64:ff9b::a9fe:a9fe"})
    void linkLocalCloudMetadataUnspecifiedAndMulticastAreNeverFetched(String address) throws UnknownHostException {
        assertThat(FetchableAddresses.reach(InetAddress.getByName(address))).isEqualTo(Reach.NEVER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "https://10.0.0.5/safeguarding",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/"})
    void anAddressOffThePublicInternetIsRefusedUnlessPrivateOnesAreAllowed(String address) {
        var refusal = new FetchableAddresses(false).refusal(URI.create(address));

        assertThat(refusal).contains(FetchableAddresses.NOT_PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "https://10.0.0.5/safeguarding"})
    void loopbackAndPrivateAddressesMayBeAllowed(String address) {
        assertThat(new FetchableAddresses(true).refusal(URI.create(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://[fe80::1]/"})
    void linkLocalAndUnspecifiedAddressesAreRefusedEvenWhenPrivateOnesAreAllowed(String address) {
        assertThat(new FetchableAddresses(true).refusal(URI.create(address))).contains(FetchableAddresses.NOT_PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://127.0.0.1/", "file:///etc/passwd", "gopher://127.0.0.1:6379/"})
    void onlyHttpAndHttpsAreFetched(String address) {
        assertThat(new FetchableAddresses(true).refusal(URI.create(address))).get().asString()
                .contains("must start with https://");
    }
}
