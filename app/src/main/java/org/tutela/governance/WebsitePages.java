package org.tutela.governance;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.Outcome;
import org.tutela.school.PersonId;
import org.tutela.school.SchoolId;

/** The website pages a school asks the health check to fetch, and the results of each fetch. */
@Repository
public class WebsitePages {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final FetchableAddresses fetchable;
    private final int mostPages;

    WebsitePages(JdbcClient jdbc, AuditTrail audit, Clock clock, GovernanceProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.fetchable = new FetchableAddresses(properties.websiteAllowPrivateAddresses());
        this.mostPages = properties.websiteMostPages();
    }

    public List<WebsitePage> of(SchoolId school) {
        return jdbc.sql("""
                select p.id, p.url, p.carries_ceop, p.carries_safeguarding, p.added_at,
                       c.checked_at, c.status, c.outcome, c.detail
                from website_page p
                left join lateral (select * from website_check w where w.page_id = p.id
                                   order by w.checked_at desc, w.id desc limit 1) c on true
                where p.school_id = ? order by p.url""")
                .param(school.value())
                .query((rs, n) -> new WebsitePage(rs.getObject(1, UUID.class), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null
                                : new WebsitePage.LastCheck(rs.getTimestamp(6).toInstant(),
                                        rs.getObject(7, Integer.class), WebsitePage.Outcome.valueOf(rs.getString(8)),
                                        rs.getString(9))))
                .list();
    }

    /** Schools that have at least one page to check. */
    public List<SchoolId> schoolsWithPages() {
        return jdbc.sql("select distinct school_id from website_page").query(UUID.class).list().stream()
                .map(SchoolId::new).toList();
    }

    public UUID add(SchoolId school, String address, boolean carriesCeop, boolean carriesSafeguarding, PersonId by) {
        var url = checkedAddress(address);
        if (!carriesCeop && !carriesSafeguarding) {
            throw new WebsitePageRefused("Say what the page must carry: the CEOP report button, the safeguarding"
                    + " information, or both");
        }
        fetchable.refusal(URI.create(url)).ifPresent(refusal -> {
            throw new WebsitePageRefused(refusal);
        });
        var listed = jdbc.sql("select count(*) from website_page where school_id = ?").param(school.value())
                .query(Integer.class).single();
        if (listed >= mostPages) {
            throw new WebsitePageRefused("The check fetches at most " + mostPages + " pages for a school: remove one"
                    + " before adding another");
        }
        var id = UUID.randomUUID();
        try {
            jdbc.sql("""
                    insert into website_page (id, school_id, url, carries_ceop, carries_safeguarding, added_by, added_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, school.value(), url, carriesCeop, carriesSafeguarding, by.value(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new WebsitePageRefused("That page is already on the list");
        }
        audit.record("WEBSITE_PAGE_ADDED", "website_page", id, school.value(), Outcome.ALLOWED, url);
        return id;
    }

    public void remove(SchoolId school, UUID page) {
        var removed = jdbc.sql("delete from website_page where id = ? and school_id = ?").params(page, school.value())
                .update();
        if (removed == 0) {
            throw new WebsitePageRefused("That page is not on this school's list");
        }
        audit.record("WEBSITE_PAGE_REMOVED", "website_page", page, school.value(), Outcome.ALLOWED, null);
    }

    void recordCheck(UUID page, WebsitePage.LastCheck check) {
        jdbc.sql("insert into website_check (page_id, checked_at, status, outcome, detail) values (?, ?, ?, ?, ?)")
                .params(page, Timestamp.from(check.at()), check.status(), check.outcome().name(), check.detail())
                .update();
    }

    /**
     * A web address the check may fetch: absolute http or https, with a host, and no user name or password in it.
     * Anything else is refused with a message that says what a good one looks like.
     */
    static String checkedAddress(String address) {
        if (address == null || address.isBlank()) {
            throw new WebsitePageRefused("Give the full address of the page, for example"
                    + " https://www.stbrigids.example/safeguarding");
        }
        var text = address.strip();
        if (text.length() > 2000) {
            throw new WebsitePageRefused("The address is too long to be a web page's address");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new WebsitePageRefused("\"" + text + "\" is not a web address: check for spaces or stray characters");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new WebsitePageRefused("The address must start with https:// (or http://), for example"
                    + " https://www.stbrigids.example/safeguarding");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebsitePageRefused("The address needs the website's name after " + scheme + "://");
        }
        if (uri.getRawUserInfo() != null) {
            throw new WebsitePageRefused("Leave any user name or password out of the address");
        }
        return text;
    }
}
