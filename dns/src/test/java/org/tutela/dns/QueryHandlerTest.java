package org.tutela.dns;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tutela.filtering.Categories;
import org.tutela.filtering.FilterEngine;
import org.tutela.filtering.GroupId;
import org.tutela.filtering.Rule;
import org.tutela.filtering.Verdict;
import org.tutela.filtering.log.DecisionEvent;
import org.tutela.filtering.log.DecisionLog;
import org.tutela.filtering.log.QueuedDecisionLog;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.socket.DatagramPacket;

import static org.assertj.core.api.Assertions.assertThat;

/** The resolver's answers, query in and answer out of a channel with no socket. */
@ExtendWith(Leaks.class)
class QueryHandlerTest {

    static final InetSocketAddress RESOLVER = new InetSocketAddress("10.1.0.53", 53);

    final TestClock clock = new TestClock(SchoolPolicy.LESSON);
    final FilterEngine engine = new FilterEngine(SchoolPolicy.version(1), clock);
    final QueuedDecisionLog log = new QueuedDecisionLog(100);
    final ScriptedUpstream upstream = new ScriptedUpstream()
            .answering("www.bbc.co.uk", Type.A, a("www.bbc.co.uk", "192.0.2.80", 120))
            .answering("forcesafesearch.google.com", Type.A, a("forcesafesearch.google.com", "216.239.38.120", 300))
            .answering("forcesafesearch.google.com", Type.AAAA,
                    new AAAARecord(Wire.name("forcesafesearch.google.com"), DClass.IN, 300,
                            Wire.address("2001:4860:4802:32::78")));
    EmbeddedChannel channel = channel(BlockAnswer.nxdomain(60));

    EmbeddedChannel channel(BlockAnswer block) {
        return channel(block, log);
    }

    EmbeddedChannel channel(BlockAnswer block, DecisionLog log) {
        var answering = new QueryHandler.Answering(engine, version -> SchoolPolicy.networks(), block, upstream,
                new AnswerCache(1000, clock), log, null, clock, 300);
        return new EmbeddedChannel(new QueryHandler(QueryHandler.Transport.UDP, answering));
    }

    @AfterEach
    void closeChannel() {
        channel.finishAndReleaseAll();
    }

    Message ask(Message query, String client) {
        var answer = exchange(query.toWire(), client);
        assertThat(answer).as("an answer").isNotNull();
        return answer;
    }

    Message exchange(byte[] packet, String client) {
        channel.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(packet), RESOLVER,
                new InetSocketAddress(client, 40000)));
        channel.runPendingTasks();
        DatagramPacket out = channel.readOutbound();
        if (out == null) {
            return null;
        }
        assertThat(out.recipient().getAddress().getHostAddress()).isEqualTo(client);
        return Wire.read(out.content());
    }

    static ARecord a(String name, String address, long ttl) {
        return new ARecord(Wire.name(name), DClass.IN, ttl, Wire.address(address));
    }

    @Test
    void anExceptionForOneLearnersDeviceOpensASiteForThatDeviceAloneAndNeverAnIllegalOne() {
        var base = SchoolPolicy.version(1);
        var withException = org.tutela.filtering.FilterPolicy.compile(2, base.lists(), SchoolPolicy.groups(),
                java.util.List.of(), org.tutela.filtering.GroupId.GUESTS, SchoolPolicy.networks(), java.util.List.of(
                        new org.tutela.filtering.LearnerException(null, SchoolPolicy.KS2_CLIENT,
                                org.tutela.filtering.LearnerException.Kind.ALLOW, "friends.example", null),
                        new org.tutela.filtering.LearnerException(null, SchoolPolicy.KS2_CLIENT,
                                org.tutela.filtering.LearnerException.Kind.ALLOW, "abuse-content.example", null)));
        engine.activate(withException);
        upstream.answering("friends.example", Type.A, a("friends.example", "192.0.2.90", 60));

        var forThatDevice = ask(Wire.query("friends.example", Type.A), SchoolPolicy.KS2_CLIENT);
        var forAnother = ask(Wire.query("friends.example", Type.A), "10.1.5.24");
        var illegal = ask(Wire.query("abuse-content.example", Type.A), SchoolPolicy.KS2_CLIENT);

        assertThat(forThatDevice.getRcode()).isEqualTo(Rcode.NOERROR);
        assertThat(forThatDevice.getSection(Section.ANSWER)).isNotEmpty();
        assertThat(forAnother.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(illegal.getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Nested
    class BlockedNames {

        @Test
        void aKs2DeviceAskingForAGamblingSiteGetsNxdomainWithAShortNegativeTtl() {
            var answer = ask(Wire.query(4242, "www.casino.example", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getHeader().getID()).isEqualTo(4242);
            assertThat(answer.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(answer.getSection(Section.ANSWER)).isEmpty();
            var soa = (SOARecord) answer.getSection(Section.AUTHORITY).get(0);
            assertThat(soa.getMinimum()).isEqualTo(60);
            assertThat(soa.getTTL()).isEqualTo(60);
            assertThat(answer.getQuestion().getName()).isEqualTo(Wire.name("www.casino.example"));
        }

        @Test
        void aBlockedNameIsNeverAskedUpstream() {
            ask(Wire.query("www.casino.example", Type.A), SchoolPolicy.KS2_CLIENT);
            ask(Wire.query("tunnel.example", Type.AAAA), SchoolPolicy.KS2_CLIENT);

            assertThat(upstream.asked()).isEmpty();
        }

        @Test
        void blockPageModeAnswersTheBlockPageForAAndAaaaAndNodataForOtherTypes() {
            channel.finishAndReleaseAll();
            channel = channel(BlockAnswer.blockPage(
                    List.of(Wire.address("10.1.0.80"), Wire.address("fd00:1::80")), 30));

            var a = ask(Wire.query("casino.example", Type.A), SchoolPolicy.KS2_CLIENT);
            var aaaa = ask(Wire.query("casino.example", Type.AAAA), SchoolPolicy.KS2_CLIENT);
            var mx = ask(Wire.query("casino.example", Type.MX), SchoolPolicy.KS2_CLIENT);

            assertThat(Wire.answers(a, Type.A)).containsExactly("10.1.0.80");
            assertThat(a.getSection(Section.ANSWER).get(0).getTTL()).isEqualTo(30);
            assertThat(Wire.answers(aaaa, Type.AAAA)).containsExactly("fd00:1:0:0:0:0:0:80");
            assertThat(mx.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(mx.getSection(Section.ANSWER)).isEmpty();
            assertThat(mx.getSection(Section.AUTHORITY)).hasSize(1);
        }

        @Test
        void aBlockPageWithoutAnIpv6AddressAnswersAaaaWithNodata() {
            channel.finishAndReleaseAll();
            channel = channel(BlockAnswer.blockPage(List.of(Wire.address("10.1.0.80")), 30));

            var aaaa = ask(Wire.query("casino.example", Type.AAAA), SchoolPolicy.KS2_CLIENT);

            assertThat(aaaa.getRcode()).isEqualTo(Rcode.NOERROR);
            assertThat(aaaa.getSection(Section.ANSWER)).isEmpty();
        }

        @Test
        void theSameNameIsAllowedForStaff() {
            var answer = ask(Wire.query("casino.example", Type.A), SchoolPolicy.STAFF_CLIENT);

            assertThat(answer.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(upstream.asked()).containsExactly("casino.example|1");
        }

        @Test
        void vpnAndDnsOverHttpsNamesAreBlockedForLearnersAsPolicyCategories() {
            ask(Wire.query("tunnel.example", Type.A), SchoolPolicy.KS2_CLIENT);
            ask(Wire.query("doh.resolver.example", Type.HTTPS), SchoolPolicy.GUEST_CLIENT);

            var events = drained();
            assertThat(events).extracting(DecisionEvent::verdict).containsOnly(Verdict.BLOCK);
            assertThat(events).extracting(DecisionEvent::category)
                    .containsExactly(Categories.PROXY_VPN, Categories.DNS_OVER_HTTPS);
            assertThat(upstream.asked()).isEmpty();
        }

        @Test
        void questionNamesAreMatchedWhateverTheirLetterCaseAndTheAnswerEchoesTheCaseAsked() {
            var answer = ask(Wire.query("WwW.CaSiNo.ExAmPlE", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(answer.getQuestion().getName().toString()).isEqualTo("WwW.CaSiNo.ExAmPlE.");
        }
    }

    @Nested
    class DnsOverHttpsCanary {

        @Test
        void theCanaryDomainIsNxdomainForEveryGroupEvenStaff() {
            for (var client : List.of(SchoolPolicy.KS2_CLIENT, SchoolPolicy.STAFF_CLIENT, SchoolPolicy.GUEST_CLIENT)) {
                var answer = ask(Wire.query("use-application-dns.net", Type.A), client);
                assertThat(answer.getRcode()).as(client).isEqualTo(Rcode.NXDOMAIN);
            }
            assertThat(upstream.asked()).isEmpty();
            assertThat(drained()).allSatisfy(event -> {
                assertThat(event.verdict()).isEqualTo(Verdict.BLOCK);
                assertThat(event.rule()).isEqualTo(DecisionEvent.DOH_CANARY_RULE);
                assertThat(event.category()).isEqualTo(Categories.DNS_OVER_HTTPS);
            });
        }
    }

    @Nested
    class SafeSearch {

        @Test
        void googleIsACnameToItsSafeSearchHostWithThatHostsAddresses() {
            var answer = ask(Wire.query("www.google.com", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getRcode()).isEqualTo(Rcode.NOERROR);
            var records = answer.getSection(Section.ANSWER);
            assertThat(records.get(0).getType()).isEqualTo(Type.CNAME);
            assertThat(records.get(0).getName()).isEqualTo(Wire.name("www.google.com"));
            assertThat(Wire.answers(answer, Type.CNAME)).containsExactly("forcesafesearch.google.com.");
            assertThat(Wire.answers(answer, Type.A)).containsExactly("216.239.38.120");
            assertThat(records.get(1).getName()).isEqualTo(Wire.name("forcesafesearch.google.com"));
            assertThat(upstream.asked()).containsExactly("forcesafesearch.google.com|1");
        }

        @Test
        void anAaaaQuestionGetsTheSafeHostsIpv6Address() {
            var answer = ask(Wire.query("www.google.com", Type.AAAA), SchoolPolicy.KS2_CLIENT);

            assertThat(Wire.answers(answer, Type.AAAA)).containsExactly("2001:4860:4802:32:0:0:0:78");
        }

        @Test
        void theSafeHostsAnswerIsCachedForTheNextSearch() {
            ask(Wire.query("www.google.com", Type.A), SchoolPolicy.KS2_CLIENT);
            var second = ask(Wire.query("google.com", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(Wire.answers(second, Type.A)).containsExactly("216.239.38.120");
            assertThat(upstream.asked()).containsExactly("forcesafesearch.google.com|1");
        }

        @Test
        void staffSearchWithoutSafeSearch() {
            ask(Wire.query("www.google.com", Type.A), SchoolPolicy.STAFF_CLIENT);

            assertThat(upstream.asked()).containsExactly("www.google.com|1");
        }

        @Test
        void whenNoUpstreamAnswersTheCnameAloneIsGiven() {
            upstream.silent();

            var answer = ask(Wire.query("www.google.com", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(Wire.answers(answer, Type.CNAME)).containsExactly("forcesafesearch.google.com.");
            assertThat(Wire.answers(answer, Type.A)).isEmpty();
        }
    }

    @Nested
    class AllowedNames {

        @Test
        void anAllowedNameIsForwardedAndTheAnswerCarriesTheClientsId() {
            var answer = ask(Wire.query(777, "www.bbc.co.uk", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getHeader().getID()).isEqualTo(777);
            assertThat(Wire.answers(answer, Type.A)).containsExactly("192.0.2.80");
        }

        @Test
        void anAnswerTooLargeForTheClientsUdpSizeIsTruncatedSoItAsksOverTcp() {
            var big = new TXTRecord[8];
            for (int i = 0; i < big.length; i++) {
                big[i] = new TXTRecord(Wire.name("big.example"), DClass.IN, 60, "x".repeat(200));
            }
            upstream.answering("big.example", Type.TXT, big);

            var plain = ask(Wire.query("big.example", Type.TXT), SchoolPolicy.STAFF_CLIENT);
            var edns = ask(Wire.ednsQuery("big.example", Type.TXT, 4096, false), SchoolPolicy.STAFF_CLIENT);

            assertThat(plain.getHeader().getFlag(Flags.TC)).isTrue();
            assertThat(plain.getSection(Section.ANSWER)).isEmpty();
            assertThat(edns.getHeader().getFlag(Flags.TC)).isFalse();
            assertThat(edns.getSection(Section.ANSWER)).hasSize(8);
        }

        @Test
        void whenNoUpstreamAnswersTheClientGetsServfail() {
            upstream.silent();

            var answer = ask(Wire.query("www.bbc.co.uk", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getRcode()).isEqualTo(Rcode.SERVFAIL);
        }
    }

    @Nested
    class DecisionEvents {

        @Test
        void everyDecisionIsRecordedWithClientGroupNameTypeVerdictRuleCategoryAndVersion() {
            ask(Wire.query("WWW.Casino.example.", Type.AAAA), SchoolPolicy.KS2_CLIENT);
            ask(Wire.query("www.bbc.co.uk", Type.A), SchoolPolicy.STAFF_CLIENT);

            var events = drained();
            assertThat(events).hasSize(2);
            var blocked = events.get(0);
            assertThat(blocked.occurredAt()).isEqualTo(SchoolPolicy.LESSON);
            assertThat(blocked.enforcement()).isEqualTo(DecisionEvent.Enforcement.DNS);
            assertThat(blocked.clientAddress().getHostAddress()).isEqualTo(SchoolPolicy.KS2_CLIENT);
            assertThat(blocked.group()).isEqualTo(GroupId.UPPER_KS2);
            assertThat(blocked.host()).isEqualTo("www.casino.example");
            assertThat(blocked.queryType()).isEqualTo("AAAA");
            assertThat(blocked.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(blocked.rule()).isEqualTo(Rule.BLOCKED_CATEGORY.code());
            assertThat(blocked.category()).isEqualTo(Categories.GAMBLING);
            assertThat(blocked.policyVersion()).isEqualTo(1);
            assertThat(events.get(1).group()).isEqualTo(GroupId.STAFF);
            assertThat(events.get(1).verdict()).isEqualTo(Verdict.ALLOW);
        }

        @Test
        void aTypeNettyDoesNotNameIsLoggedByItsNumber() {
            ask(Wire.query("www.bbc.co.uk", 65280), SchoolPolicy.STAFF_CLIENT);

            assertThat(drained()).extracting(DecisionEvent::queryType).containsExactly("TYPE65280");
        }

        @Test
        void aClientInNoKnownNetworkIsDecidedForTheFallbackGroup() {
            ask(Wire.query("www.bbc.co.uk", Type.A), SchoolPolicy.GUEST_CLIENT);

            assertThat(drained()).extracting(DecisionEvent::group).containsExactly(GroupId.GUESTS);
        }

        @Test
        void aFullLogDropsAndCountsEventsAndTheClientsAreAnsweredAllTheSame() {
            var full = new QueuedDecisionLog(1);
            channel.finishAndReleaseAll();
            channel = channel(BlockAnswer.nxdomain(60), full);

            var first = ask(Wire.query("casino.example", Type.A), SchoolPolicy.KS2_CLIENT);
            var second = ask(Wire.query("casino.example", Type.A), SchoolPolicy.KS2_CLIENT);

            assertThat(first.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(second.getRcode()).isEqualTo(Rcode.NXDOMAIN);
            assertThat(full.waiting()).isEqualTo(1);
            assertThat(full.dropped()).isEqualTo(1);
        }
    }

    @Nested
    class MalformedQueries {

        @Test
        void aPacketThatCannotBeReadButHasAnIdGetsFormerrWithThatId() {
            var packet = new byte[] {0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x3f};

            var answer = exchange(packet, SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getHeader().getID()).isEqualTo(0x1234);
            assertThat(answer.getRcode()).isEqualTo(Rcode.FORMERR);
        }

        @Test
        void aPacketShorterThanAHeaderGetsFormerr() {
            var answer = exchange(new byte[] {0x00, 0x07, 0x01, 0x00}, SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getHeader().getID()).isEqualTo(7);
            assertThat(answer.getRcode()).isEqualTo(Rcode.FORMERR);
        }

        @Test
        void aPacketTooShortForAnIdIsDropped() {
            assertThat(exchange(new byte[] {0x01}, SchoolPolicy.KS2_CLIENT)).isNull();
        }

        @Test
        void aResponseSentToTheResolverIsDroppedNotAnswered() {
            var response = Wire.query("www.bbc.co.uk", Type.A);
            response.getHeader().setFlag(Flags.QR);

            assertThat(exchange(response.toWire(), SchoolPolicy.KS2_CLIENT)).isNull();
        }

        @Test
        void aQueryWithTwoQuestionsGetsFormerr() {
            var query = Wire.query(99, "www.bbc.co.uk", Type.A);
            query.addRecord(Wire.query("casino.example", Type.A).getQuestion(), Section.QUESTION);

            var answer = exchange(query.toWire(), SchoolPolicy.KS2_CLIENT);

            assertThat(answer.getRcode()).isEqualTo(Rcode.FORMERR);
            assertThat(upstream.asked()).isEmpty();
        }

        @Test
        void aQueryWithACompressionLoopGetsFormerr() {
            // The question name is a pointer to itself.
            var packet = new byte[] {0x00, 0x09, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                    (byte) 0xc0, 0x0c, 0x00, 0x01, 0x00, 0x01};

            assertThat(exchange(packet, SchoolPolicy.KS2_CLIENT).getRcode()).isEqualTo(Rcode.FORMERR);
        }

        @Test
        void noPacketAClientSendsCrashesTheResolverOrLeaksABuffer() {
            var random = new Random(20261125);
            var valid = Wire.ednsQuery("www.casino.example", Type.A, 1232, true).toWire();
            for (int i = 0; i < 20_000; i++) {
                byte[] packet;
                if (i % 2 == 0) {
                    packet = valid.clone();
                    for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                        packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
                    }
                    packet = java.util.Arrays.copyOf(packet, random.nextInt(packet.length + 1));
                } else {
                    packet = new byte[random.nextInt(64)];
                    random.nextBytes(packet);
                }
                channel.writeInbound(new DatagramPacket(Unpooled.wrappedBuffer(packet), RESOLVER,
                        new InetSocketAddress(SchoolPolicy.KS2_CLIENT, 40000)));
                channel.runPendingTasks();
                DatagramPacket out;
                while ((out = channel.readOutbound()) != null) {
                    out.release();
                }
            }
            assertThat(channel.isActive()).isTrue();
            assertThat(ask(Wire.query("www.casino.example", Type.A), SchoolPolicy.KS2_CLIENT).getRcode())
                    .isEqualTo(Rcode.NXDOMAIN);
        }
    }

    List<DecisionEvent> drained() {
        var events = new java.util.ArrayList<DecisionEvent>();
        log.drainTo(events, 1000);
        return events;
    }
}
