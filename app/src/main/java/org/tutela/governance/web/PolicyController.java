package org.tutela.governance.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.governance.ActivationCheck;
import org.tutela.governance.OnlineSafetyPolicies;
import org.tutela.governance.PolicyRefused;
import org.tutela.school.Permission;
import org.tutela.school.School;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The school's online-safety policy: drafted by the DSL, the OSL or the headteacher; activated by the headteacher. */
@Controller
class PolicyController {

    private static final long LARGEST_FILE = 1_000_000;

    private final OnlineSafetyPolicies policies;
    private final Schools schools;

    PolicyController(OnlineSafetyPolicies policies, Schools schools) {
        this.policies = policies;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/policy")
    String policy(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_COMPLIANCE, school);
        var draft = policies.draft(at.id());
        model.addAttribute("draftVersion", draft.map(d -> d.version()).orElse(null));
        return page(at, viewer, draft.map(d -> d.versionLabel()).orElse(""), draft.map(d -> d.body()).orElse(""),
                policies.gapsInDraft(at), model);
    }

    /** The policy in force, as everyone at the school may read it: no draft, no gaps, no history. */
    @GetMapping("/schools/{school}/policy/in-force")
    String inForce(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.READ_POLICY_IN_FORCE, school);
        model.addAttribute("school", at);
        model.addAttribute("inForce", policies.inForce(at.id()).orElse(null));
        model.addAttribute("mayManage", viewer.may(Permission.VIEW_COMPLIANCE, at.id()));
        return "governance/policy-in-force";
    }

    @PostMapping("/schools/{school}/policy")
    String saveDraft(@PathVariable UUID school, @RequestParam(required = false) Integer draftVersion,
            @RequestParam(defaultValue = "") String versionLabel,
            @RequestParam(defaultValue = "") String text, @RequestParam(name = "file", required = false) MultipartFile file,
            Viewer viewer, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.DRAFT_POLICY, school);
        try {
            var body = file != null && !file.isEmpty() ? plainText(file) : text;
            policies.saveDraft(at, draftVersion, versionLabel, body, viewer.person());
            redirect.addFlashAttribute("success", "Draft saved");
            return "redirect:/schools/" + school + "/policy";
        } catch (PolicyRefused refused) {
            response.setStatus(422);
            model.addAttribute("error", refused.getMessage());
            // After someone else's save, the writer has now seen the draft there is: saving again replaces it.
            model.addAttribute("draftVersion", refused.draftChanged()
                    ? policies.draft(at.id()).map(d -> d.version()).orElse(null) : draftVersion);
            return page(at, viewer, versionLabel, text, policies.gapsInDraft(at), model);
        }
    }

    @PostMapping("/schools/{school}/policy/activate")
    String activate(@PathVariable UUID school, @RequestParam(defaultValue = "-1") int draftVersion, Viewer viewer,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.ACTIVATE_POLICY, school);
        try {
            var active = policies.activate(at, draftVersion, viewer.person());
            redirect.addFlashAttribute("success", "Version " + active.versionLabel() + " is now in force");
        } catch (PolicyRefused refused) {
            if (refused.gaps().isEmpty()) {
                redirect.addFlashAttribute("problem", refused.getMessage());
                return "redirect:/schools/" + school + "/policy";
            }
            response.setStatus(422);
            model.addAttribute("refusal", refused.getMessage());
            var draft = policies.draft(at.id()).orElseThrow();
            model.addAttribute("draftVersion", draft.version());
            return page(at, viewer, draft.versionLabel(), draft.body(), refused.gaps(), model);
        }
        return "redirect:/schools/" + school + "/policy";
    }

    private String page(School at, Viewer viewer, String versionLabel, String text, List<ActivationCheck.Gap> gaps,
            Model model) {
        model.addAttribute("school", at);
        model.addAttribute("inForce", policies.inForce(at.id()).orElse(null));
        model.addAttribute("draft", policies.draft(at.id()).orElse(null));
        model.addAttribute("superseded", policies.superseded(at.id()));
        model.addAttribute("gaps", gaps);
        model.addAttribute("versionLabel", versionLabel);
        model.addAttribute("text", text);
        model.addAttribute("mayDraft", viewer.may(Permission.DRAFT_POLICY, at.id()));
        model.addAttribute("mayActivate", viewer.may(Permission.ACTIVATE_POLICY, at.id()));
        return "governance/policy";
    }

    /** The file's text, when it is plain text or Markdown in UTF-8; refused otherwise, with what to do. */
    static String plainText(MultipartFile file) {
        var name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown"))) {
            throw new PolicyRefused("Choose a plain text (.txt) or Markdown (.md) file; for a Word document, copy"
                    + " its text into the box instead");
        }
        if (file.getSize() > LARGEST_FILE) {
            throw new PolicyRefused("The file is larger than 1 MB: is it really the policy's text?");
        }
        try {
            var bytes = file.getBytes();
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new PolicyRefused("The file is not plain text: save it as plain text (UTF-8) and try again");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PolicyRefused("The file is not plain text in UTF-8: save it as plain text (UTF-8) and try again");
        } catch (IOException e) {
            throw new PolicyRefused("The file could not be read: try again");
        }
    }
}
