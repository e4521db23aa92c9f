package org.tutela.filtering.peers;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.tutela.filtering.BlockLists;
import org.tutela.filtering.Categories;
import org.tutela.filtering.FilterPolicy;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.GroupPolicy;
import org.tutela.filtering.RpzZone;
import org.tutela.filtering.SafeSearch;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads an exported zone into a real Unbound on loopback and asks it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RpzInUnboundIT {

    static final String UNBOUND = "/usr/sbin/unbound";

    @TempDir
    static Path directory;

    FakeUpstream upstream;
    Process unbound;
    SimpleResolver resolver;

    @BeforeAll
    void unboundWithTheKs2ZoneInFrontOfAFakeInternet() throws Exception {
        RealPeers.require(UNBOUND);
        upstream = new FakeUpstream("192.0.2.10");
        var lists = BlockLists.builder(Categories.standard())
                .add("casino.example", Categories.GAMBLING)
                .add("bad.learning.example", Categories.IWF)
                .build();
        var ks2 = new GroupPolicy(GroupId.UPPER_KS2, "Years 5-6", Set.of("gambling"), false,
                List.of("learning.example"), List.of(), true, SafeSearch.YouTube.STRICT);
        var policy = FilterPolicy.compile(5, lists, List.of(ks2), List.of(), GroupId.UPPER_KS2);
        var zone = directory.resolve("ks2.rpz");
        try (var out = Files.newBufferedWriter(zone)) {
            RpzZone.write(policy, GroupId.UPPER_KS2, "rpz.tutela", Instant.now(), out);
        }

        var port = RealPeers.freePort();
        var config = directory.resolve("unbound.conf");
        Files.writeString(config, """
                server:
                  interface: 127.0.0.1
                  port: %d
                  do-daemonize: no
                  username: ""
                  chroot: ""
                  directory: "%s"
                  pidfile: "%s/unbound.pid"
                  use-syslog: no
                  logfile: "%s/unbound.log"
                  verbosity: 1
                  module-config: "respip iterator"
                  do-not-query-localhost: no
                  access-control: 127.0.0.0/8 allow
                  qname-minimisation: no
                rpz:
                  name: rpz.tutela.
                  zonefile: "%s"
                  rpz-log: yes
                forward-zone:
                  name: "."
                  forward-addr: 127.0.0.1@%d
                """.formatted(port, directory, directory, directory, zone, upstream.port()));
        unbound = new ProcessBuilder(UNBOUND, "-d", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("unbound.out").toFile()).start();
        resolver = new SimpleResolver(InetAddress.getLoopbackAddress());
        resolver.setPort(port);
        resolver.setTimeout(Duration.ofSeconds(2));
        waitUntilAnswering();
    }

    private void waitUntilAnswering() throws Exception {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                ask("ready.example");
                return;
            } catch (IOException notYet) {
                if (!unbound.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("unbound did not start: "
                            + Files.readString(directory.resolve("unbound.out")), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (upstream != null) {
            upstream.close();
        }
        if (unbound != null) {
            unbound.destroy();
            if (!unbound.waitFor(10, TimeUnit.SECONDS)) {
                unbound.destroyForcibly();
            }
        }
    }

    Message ask(String name) throws IOException {
        return resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name + "."), Type.A, DClass.IN)));
    }

    @Test
    void aBlockedCategoryNameAndItsSubdomainsAreNxdomain() throws Exception {
        assertThat(ask("casino.example").getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(ask("www.casino.example").getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void anAllowedNameIsAnsweredFromUpstream() throws Exception {
        var answer = ask("news.example");
        assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(answer.getSection(Section.ANSWER)).anySatisfy(record ->
                assertThat(((ARecord) record).getAddress().getHostAddress()).isEqualTo("192.0.2.10"));
    }

    @Test
    void anIllegalNameUnderAnAllowedParentStaysBlocked() throws Exception {
        assertThat(ask("www.learning.example").getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(ask("bad.learning.example").getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(ask("x.bad.learning.example").getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void googleIsAnsweredThroughForceSafeSearch() throws Exception {
        var answer = ask("www.google.com");
        assertThat(answer.getSection(Section.ANSWER)).anySatisfy(record -> {
            assertThat(record).isInstanceOf(CNAMERecord.class);
            assertThat(((CNAMERecord) record).getTarget().toString()).isEqualTo("forcesafesearch.google.com.");
        });
    }
}
