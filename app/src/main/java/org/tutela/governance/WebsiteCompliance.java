package org.tutela.governance;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.concern.Contacts;
import org.tutela.school.School;

/** Dashboard items for the website: each recorded page as its last check found it (WEB-04, PROC-CSA-10). */
@Component
class WebsiteCompliance implements ComplianceCheck {

    private final WebsitePages pages;
    private final Contacts contacts;

    WebsiteCompliance(WebsitePages pages, Contacts contacts) {
        this.pages = pages;
        this.contacts = contacts;
    }

    @Override
    public List<ComplianceItem> itemsFor(School school) {
        var link = "/schools/" + school.id() + "/website";
        var items = new ArrayList<ComplianceItem>();
        var recorded = pages.of(school.id());
        if (recorded.stream().noneMatch(WebsitePage::carriesCeop)) {
            items.add(new ComplianceItem("PROC-CSA-10", "CEOP report button on the website", Rating.AMBER,
                    "No website page is recorded as carrying the CEOP report button, so nothing checks that it is"
                            + " there.",
                    "Add the page of your website that carries the button (usually the home page).", link,
                    "Website checks"));
        }
        if (recorded.stream().noneMatch(WebsitePage::carriesSafeguarding)) {
            items.add(new ComplianceItem("WEB-04", "Safeguarding information on the website", Rating.AMBER,
                    "No website page is recorded as carrying the safeguarding and online-safety information.",
                    "Add the page that carries it, or the page that links to the trust's.", link, "Website checks"));
        }
        for (var page : recorded) {
            var check = page.lastCheck();
            var title = "Website page " + page.url();
            var requirement = page.carriesCeop() ? "WEB-04, PROC-CSA-10" : "WEB-04";
            if (check == null) {
                items.add(new ComplianceItem(requirement, title, Rating.AMBER, "Not checked yet.",
                        "Run the check now, or wait for tomorrow morning's.", link, "Website checks"));
            } else if (check.passed()) {
                items.add(ComplianceItem.green(requirement, title, check.detail() + " (checked "
                        + PolicyCompliance.DAY.format(check.at()) + ").", link, "Website checks"));
            } else {
                items.add(new ComplianceItem(requirement, title, Rating.RED, check.detail() + " (checked "
                        + PolicyCompliance.DAY.format(check.at()) + ").",
                        page.carriesCeop() && check.outcome() == WebsitePage.Outcome.NO_CEOP_LINK
                                ? "Put the CEOP report button back on the page, linking to "
                                        + contacts.ceopReportUrl(school.id()) + ", then check again."
                                : "Ask whoever runs the website to restore the page, then check again.",
                        link, "Website checks"));
            }
        }
        return items;
    }
}
