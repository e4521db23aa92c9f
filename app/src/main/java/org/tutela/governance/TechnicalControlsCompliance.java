package org.tutela.governance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.filtering.IwfListFile;
import org.tutela.register.TechnicalControls;
import org.tutela.register.TechnicalControls.Kind;
import org.tutela.school.School;

/**
 * The technical register's items on the compliance dashboard (PROC-IIOC-08): red for the IWF block list, filtering,
 * firewall or anti-spam with nothing recorded, amber for anti-virus with nothing recorded and for a check overdue.
 */
@Component
class TechnicalControlsCompliance implements ComplianceCheck {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final TechnicalControls controls;
    private final IwfListFile iwfList;

    TechnicalControlsCompliance(TechnicalControls controls, IwfListFile iwfList) {
        this.controls = controls;
        this.iwfList = iwfList;
    }

    @Override
    public List<ComplianceItem> itemsFor(School school) {
        var link = "/schools/" + school.id() + "/technical-controls";
        var recorded = controls.of(school.id());
        var today = controls.today();
        var items = new ArrayList<ComplianceItem>();
        for (var kind : Kind.values()) {
            var latest = recorded.stream().filter(c -> c.kind() == kind)
                    .max(Comparator.comparing(TechnicalControls.TechnicalControl::verifiedOn));
            var title = kind == Kind.IWF_BLOCK_LIST ? "IWF block list (IWF membership)" : kind.label();
            var requirement = "PROC-IIOC-08";
            if (latest.isEmpty()) {
                var evidence = kind == Kind.IWF_BLOCK_LIST ? iwfList.loaded().map(loaded -> " Tutela's own filter"
                        + " does load an IWF list file (" + loaded.file() + "), but membership itself must be"
                        + " recorded, with the date it was verified.").orElse("") : "";
                items.add(new ComplianceItem(requirement, title, kind == Kind.ANTI_VIRUS ? Rating.AMBER : Rating.RED,
                        "Nothing is recorded in the technical register." + evidence,
                        "Record who provides it, how it is in place and when it was last verified.", link,
                        "Technical controls"));
                continue;
            }
            var control = latest.get();
            var found = control.provider() + ": verified " + DAY.format(control.verifiedOn()) + " by "
                    + control.verifiedBy() + ".";
            if (kind == Kind.IWF_BLOCK_LIST) {
                found += iwfList.loaded().map(loaded -> " Tutela's own filter also loads the IWF list.").orElse("");
            }
            items.add(control.checkOverdue(today)
                    ? new ComplianceItem(requirement, title, Rating.AMBER, found + " The next check was due "
                            + DAY.format(control.nextCheckDue()) + ".",
                            "Verify it again and record the new date.", link, "Technical controls")
                    : ComplianceItem.green(requirement, title, found + " Next check due "
                            + DAY.format(control.nextCheckDue()) + ".", link, "Technical controls"));
        }
        return items;
    }
}
