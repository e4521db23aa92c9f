package org.tutela.filtering.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.tutela.filtering.PolicyBundle;

/** What the "propose a change" page sends: each group's settings as typed, a reason and a risk note. */
public class ProposalForm {

    private List<GroupForm> groups = new ArrayList<>();
    private String reason = "";
    private String riskNote = "";

    static ProposalForm of(List<PolicyBundle.Group> groups) {
        var form = new ProposalForm();
        groups.forEach(group -> form.groups.add(GroupForm.of(group)));
        return form;
    }

    List<PolicyBundle.Group> toGroups() {
        return groups.stream().map(GroupForm::toGroup).toList();
    }

    public List<GroupForm> getGroups() {
        return groups;
    }

    public void setGroups(List<GroupForm> groups) {
        this.groups = groups;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRiskNote() {
        return riskNote;
    }

    public void setRiskNote(String riskNote) {
        this.riskNote = riskNote;
    }

    /** One group's settings; allow and deny lists are typed one name a line. */
    public static class GroupForm {

        private String id;
        private String label;
        private List<String> block = new ArrayList<>();
        private String allow = "";
        private String deny = "";
        private boolean allowListOnly;
        private boolean safeSearch;
        private boolean safeSearchingTaughtFirst;
        private String youTube = "STRICT";

        static GroupForm of(PolicyBundle.Group group) {
            var form = new GroupForm();
            form.id = group.id();
            form.label = group.label();
            form.block = new ArrayList<>(group.block());
            form.allow = String.join("\n", group.allow());
            form.deny = String.join("\n", group.deny());
            form.allowListOnly = group.allowListOnly();
            form.safeSearch = group.safeSearch();
            form.safeSearchingTaughtFirst = group.safeSearchingTaughtFirst();
            form.youTube = group.youTube() == null ? "STRICT" : group.youTube();
            return form;
        }

        PolicyBundle.Group toGroup() {
            return new PolicyBundle.Group(id, label, block == null ? List.of() : List.copyOf(block), allowListOnly,
                    lines(allow), lines(deny), safeSearch, youTube, safeSearchingTaughtFirst, false);
        }

        private static List<String> lines(String text) {
            if (text == null) {
                return List.of();
            }
            return Arrays.stream(text.split("[\\r\\n,]+")).map(String::trim).filter(line -> !line.isEmpty())
                    .distinct().toList();
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public List<String> getBlock() {
            return block;
        }

        public void setBlock(List<String> block) {
            this.block = block;
        }

        public String getAllow() {
            return allow;
        }

        public void setAllow(String allow) {
            this.allow = allow;
        }

        public String getDeny() {
            return deny;
        }

        public void setDeny(String deny) {
            this.deny = deny;
        }

        public boolean isAllowListOnly() {
            return allowListOnly;
        }

        public void setAllowListOnly(boolean allowListOnly) {
            this.allowListOnly = allowListOnly;
        }

        public boolean isSafeSearch() {
            return safeSearch;
        }

        public void setSafeSearch(boolean safeSearch) {
            this.safeSearch = safeSearch;
        }

        public boolean isSafeSearchingTaughtFirst() {
            return safeSearchingTaughtFirst;
        }

        public void setSafeSearchingTaughtFirst(boolean safeSearchingTaughtFirst) {
            this.safeSearchingTaughtFirst = safeSearchingTaughtFirst;
        }

        public String getYouTube() {
            return youTube;
        }

        public void setYouTube(String youTube) {
            this.youTube = youTube;
        }
    }
}
