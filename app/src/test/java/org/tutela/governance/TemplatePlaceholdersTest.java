package org.tutela.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemplatePlaceholdersTest {

    @Nested
    class FindsWhatATemplateLeavesToFillIn {

        @Test
        void theDslLeftAsNameAndRoleIsFoundWithItsLineAndColumn() {
            var text = "Key details\nDesignated safeguarding lead: (Name and role)\n";

            assertThat(TemplatePlaceholders.in(text)).singleElement().satisfies(found -> {
                assertThat(found.line()).isEqualTo(2);
                assertThat(found.column()).isEqualTo(31);
                assertThat(found.text()).isEqualTo("(Name and role)");
                assertThat(found.position()).isEqualTo("line 2, column 31");
            });
        }

        @Test
        void theSchoolNameInAngleBracketsIsFoundWhateverItsSpacing() {
            assertThat(TemplatePlaceholders.in("This policy applies to <school / setting name> and <school name>."))
                    .extracting(TemplatePlaceholders.Placeholder::text)
                    .containsExactly("<school / setting name>", "<school name>");
        }

        @Test
        void squareBracketsAskingForANameOrADateAreFound() {
            assertThat(TemplatePlaceholders.in("Approved by [Chair of governors name] on [insert date]."))
                    .extracting(TemplatePlaceholders.Placeholder::text)
                    .containsExactly("[Chair of governors name]", "[insert date]");
        }

        @Test
        void blanksOfUnderscoresAndXsAreFound() {
            assertThat(TemplatePlaceholders.in("LADO telephone: ______\nReview date: XXX"))
                    .extracting(TemplatePlaceholders.Placeholder::line).containsExactly(1, 2);
        }

        @Test
        void theTemplatesOwnGuidanceToSchoolsIsFound() {
            assertThat(TemplatePlaceholders.in("Schools should list the specific device measures they use."))
                    .singleElement().extracting(TemplatePlaceholders.Placeholder::text)
                    .asString().startsWith("Schools should list");
        }

        @Test
        void severalOnOneLineAreListedInTheOrderTheyAppear() {
            assertThat(TemplatePlaceholders.in("(name) and (role) at <school name>"))
                    .extracting(TemplatePlaceholders.Placeholder::column).containsExactly(1, 12, 22);
        }
    }

    @Nested
    class LeavesRealTextAlone {

        @Test
        void anAbbreviationInBracketsIsNotAPlaceholder() {
            assertThat(TemplatePlaceholders.in("The designated safeguarding lead (DSL) and the school (the setting)"
                    + " follow local procedures (see section 5).")).isEmpty();
        }

        @Test
        void markdownLinksRulesAndHtmlAreNotPlaceholders() {
            var text = """
                    # Online safety policy
                    Report to [CEOP](https://www.ceop.police.uk/Safety-Centre/) or see <https://www.iwf.org.uk/>.
                    ___
                    Line one<br>line two, and <strong>bold</strong>.
                    - [x] reviewed
                    """;

            assertThat(TemplatePlaceholders.in(text)).isEmpty();
        }

        @Test
        void aCompletedPolicyHasNone() {
            assertThat(TemplatePlaceholders.in("Designated safeguarding lead: Daniel Price, assistant headteacher."))
                    .isEmpty();
            assertThat(TemplatePlaceholders.in(null)).isEmpty();
        }
    }
}
