package org.tutela.concern.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tutela.concern.ConcernRefused;
import org.tutela.concern.Contacts;
import org.tutela.school.Permission;
import org.tutela.school.Schools;
import org.tutela.school.Viewer;

/** The school's directory of agencies to contact, kept by the DSL and the headteacher (ESC-18). */
@Controller
class ContactsController {

    private final Contacts contacts;
    private final Schools schools;

    ContactsController(Contacts contacts, Schools schools) {
        this.contacts = contacts;
        this.schools = schools;
    }

    @GetMapping("/schools/{school}/contacts")
    String directory(@PathVariable UUID school, Viewer viewer, Model model) {
        var at = schools.where(viewer, Permission.VIEW_CONTACTS, school);
        model.addAttribute("school", at);
        model.addAttribute("contacts", contacts.of(at.id()));
        model.addAttribute("missing", contacts.missing(at.id()));
        model.addAttribute("mayEdit", viewer.may(Permission.MANAGE_CONTACTS, at.id()));
        return "concern/contacts";
    }

    @PostMapping("/schools/{school}/contacts")
    String save(@PathVariable UUID school, @RequestParam Map<String, String> form, Viewer viewer,
            RedirectAttributes redirect) {
        var at = schools.where(viewer, Permission.MANAGE_CONTACTS, school);
        var entries = new EnumMap<Contacts.Agency, Contacts.Contact>(Contacts.Agency.class);
        for (var agency : Contacts.Agency.values()) {
            var key = agency.name();
            if (form.keySet().stream().anyMatch(k -> k.startsWith(key + "."))) {
                entries.put(agency, new Contacts.Contact(agency, form.get(key + ".name"), form.get(key + ".phone"),
                        form.get(key + ".email"), form.get(key + ".url"), form.get(key + ".notes")));
            }
        }
        try {
            contacts.save(at.id(), entries, viewer.person());
            redirect.addFlashAttribute("success", "The directory is saved");
        } catch (ConcernRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/schools/" + school + "/contacts";
    }
}
