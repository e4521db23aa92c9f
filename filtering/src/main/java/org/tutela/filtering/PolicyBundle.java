package org.tutela.filtering;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an enforcement point needs to filter for a school, in one file: the policy version, where the block
 * lists are, each group's rules, the temporary allows in force, and which clients belong to which group. The web
 * app writes it when a policy version is activated; the DNS resolver and the Squid helper watch it.
 *
 * <pre>{@code
 * { "version": 12, "schoolId": "6f1c…", "school": "Hawthorn Primary School", "fallbackGroup": "guests",
 *   "lists": { "ut1": "/var/lib/tutela/ut1", "iwf": "/etc/tutela/iwf.txt", "terrorism": "/etc/tutela/terrorism.txt",
 *              "files": [ { "category": "gambling", "path": "/etc/tutela/extra-gambling.txt", "format": "domains" } ] },
 *   "groups": [ { "id": "ks2-upper", "label": "Years 5 and 6", "block": ["gambling", "pornography"],
 *                 "allowListOnly": false, "allow": [], "deny": [], "safeSearch": true, "youTube": "STRICT" } ],
 *   "temporaryAllows": [ { "group": "ks2-upper", "domain": "friends.example", "grantedBy": "Ms Turner",
 *                          "reason": "Privacy lesson", "from": "2026-11-25T10:00:00Z", "until": "2026-11-25T11:00:00Z" } ],
 *   "clients": { "networks": { "10.20.5.0/24": "ks2-upper" }, "users": { "jsmith": "staff" } },
 *   "learnerExceptions": [ { "user": "asmith", "device": null, "kind": "ALLOW", "domain": "widgit.example" } ],
 *   "suspensions": [ { "user": "bjones", "device": "10.20.5.31", "from": "2026-11-25T10:00:00Z",
 *                      "until": "2026-12-02T08:00:00Z" } ],
 *   "blockPageHosts": [ "tutela.example.org" ] }
 * }</pre>
 *
 * A group with {@code "safeSearchingTaughtFirst": true} has its general search engines blocked until the web app
 * writes {@code "safeSearchingTaught": true} for it (FILT-06). A learner exception carries no rationale or name: those
 * stay in the web app. A suspension of a learner's internet access (PROC-BUL-07) carries no name or reason either; the
 * block page hosts are the school's Tutela pages, which a suspended learner can still reach to report a worry.
 */
public record PolicyBundle(long version, String schoolId, String school, Lists lists, String fallbackGroup,
        List<Group> groups, List<Allow> temporaryAllows, Clients clients, List<LearnerRule> learnerExceptions,
        List<Suspension> suspensions, List<String> blockPageHosts) {

    public PolicyBundle {
        lists = lists == null ? new Lists(null, List.of(), null, null) : lists;
        groups = groups == null ? List.of() : List.copyOf(groups);
        temporaryAllows = temporaryAllows == null ? List.of() : List.copyOf(temporaryAllows);
        clients = clients == null ? new Clients(Map.of(), Map.of()) : clients;
        learnerExceptions = learnerExceptions == null ? List.of() : List.copyOf(learnerExceptions);
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
        blockPageHosts = blockPageHosts == null ? List.of() : List.copyOf(blockPageHosts);
    }

    public PolicyBundle(long version, String schoolId, String school, Lists lists, String fallbackGroup,
            List<Group> groups, List<Allow> temporaryAllows, Clients clients, List<LearnerRule> learnerExceptions) {
        this(version, schoolId, school, lists, fallbackGroup, groups, temporaryAllows, clients, learnerExceptions,
                List.of(), List.of());
    }

    public PolicyBundle(long version, String schoolId, String school, Lists lists, String fallbackGroup,
            List<Group> groups, List<Allow> temporaryAllows, Clients clients) {
        this(version, schoolId, school, lists, fallbackGroup, groups, temporaryAllows, clients, List.of());
    }

    /** Where the lists are: a squidGuard/UT1 directory, single files by category, and the two illegal lists. */
    public record Lists(String ut1, List<ListFile> files, String iwf, String terrorism) {

        public Lists {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** One list file under one category; format {@code domains} (one name a line) or {@code hosts}. */
    public record ListFile(String category, String path, String format) {
    }

    public record Group(String id, String label, List<String> block, boolean allowListOnly, List<String> allow,
            List<String> deny, boolean safeSearch, String youTube, boolean safeSearchingTaughtFirst,
            boolean safeSearchingTaught) {

        public Group {
            block = block == null ? List.of() : List.copyOf(block);
            allow = allow == null ? List.of() : List.copyOf(allow);
            deny = deny == null ? List.of() : List.copyOf(deny);
        }

        public Group(String id, String label, List<String> block, boolean allowListOnly, List<String> allow,
                List<String> deny, boolean safeSearch, String youTube) {
            this(id, label, block, allowListOnly, allow, deny, safeSearch, youTube, false, false);
        }

        /** This group as it stands once safe searching has, or has not, been taught to it. */
        public Group taught(boolean taught) {
            return new Group(id, label, block, allowListOnly, allow, deny, safeSearch, youTube,
                    safeSearchingTaughtFirst, taught);
        }

        GroupPolicy toPolicy() {
            return new GroupPolicy(new GroupId(id), label, java.util.Set.copyOf(block), allowListOnly, allow, deny,
                    safeSearch, youTube == null ? SafeSearch.YouTube.STRICT : SafeSearch.YouTube.valueOf(youTube),
                    safeSearchingTaughtFirst, safeSearchingTaught);
        }
    }

    /** An exception for one learner: a site allowed or denied ({@code domain}), or another {@code group}. */
    public record LearnerRule(String user, String device, String kind, String domain, String group) {

        LearnerException toException() {
            return new LearnerException(user, device, LearnerException.Kind.valueOf(kind), domain,
                    group == null ? null : new GroupId(group));
        }
    }

    /** A learner's internet access suspended from {@code from} until {@code until}, by user name and/or device. */
    public record Suspension(String user, String device, Instant from, Instant until) {

        LearnerSuspension toSuspension() {
            return new LearnerSuspension(user, device, from, until);
        }
    }

    public record Allow(String group, String domain, String grantedBy, String reason, Instant from, Instant until) {

        TemporaryAllow toAllow() {
            return new TemporaryAllow(new GroupId(group), domain, grantedBy, reason, from, until);
        }
    }

    /** Networks (CIDR) and Squid user names, each to a group id. */
    public record Clients(Map<String, String> networks, Map<String, String> users) {

        public Clients {
            networks = networks == null ? Map.of() : Map.copyOf(networks);
            users = users == null ? Map.of() : Map.copyOf(users);
        }

        ClientNetworks toClientNetworks() {
            var byNetwork = new java.util.HashMap<String, GroupId>();
            networks.forEach((cidr, group) -> byNetwork.put(cidr, new GroupId(group)));
            var byUser = new java.util.HashMap<String, GroupId>();
            users.forEach((user, group) -> byUser.put(user, new GroupId(group)));
            return ClientNetworks.of(byNetwork, byUser);
        }
    }
}
