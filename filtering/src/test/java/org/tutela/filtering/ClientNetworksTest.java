package org.tutela.filtering;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientNetworksTest {

    final ClientNetworks clients = ClientNetworks.of(
            Map.of("10.20.0.0/16", GroupId.GUESTS, "10.20.5.0/24", GroupId.UPPER_KS2, "10.20.9.17", GroupId.STAFF,
                    "2001:db8:5::/48", GroupId.LOWER_KS2),
            Map.of("JSmith", GroupId.STAFF));

    @Test
    void aClassSubnetWinsOverTheSchoolsWholeRange() {
        assertThat(clients.groupOf("10.20.5.33", null)).hasValue(GroupId.UPPER_KS2);
        assertThat(clients.groupOf("10.20.6.33", null)).hasValue(GroupId.GUESTS);
        assertThat(clients.groupOf("10.20.9.17", "-")).hasValue(GroupId.STAFF);
    }

    @Test
    void aKnownUserNameDecidesBeforeTheAddress() {
        assertThat(clients.groupOf("10.20.5.33", "jsmith")).hasValue(GroupId.STAFF);
        assertThat(clients.groupOf("10.20.5.33", "someone-else")).hasValue(GroupId.UPPER_KS2);
    }

    @Test
    void ipv6NetworksMatchToo() {
        assertThat(clients.groupOf("2001:db8:5:1::9", null)).hasValue(GroupId.LOWER_KS2);
        assertThat(clients.groupOf("[2001:db8:5:1::9]", null)).hasValue(GroupId.LOWER_KS2);
        assertThat(clients.groupOf("2001:db8:6::1", null)).isEmpty();
    }

    @Test
    void anUnknownAddressOrSomethingThatIsNotAnAddressBelongsToNoGroup() {
        assertThat(clients.groupOf("192.0.2.1", null)).isEmpty();
        assertThat(clients.groupOf("not-an-address.example", null)).isEmpty();
        assertThat(clients.groupOf("", null)).isEmpty();
        assertThat(clients.groupOf(null, null)).isEmpty();
    }

    @Test
    void aMalformedNetworkIsRefusedWithTheReason() {
        assertThatThrownBy(() -> ClientNetworks.of(Map.of("10.0.0.0/33", GroupId.STAFF), Map.of()))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> ClientNetworks.of(Map.of("ten.0.0.0/8", GroupId.STAFF), Map.of()))
                .hasMessageContaining("not a network address");
    }
}
