package org.tutela.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Invented people: common first names with surnames from English place names, paired at random. */
final class FictionalNames {

    private static final List<String> CHILDREN = List.of("Amelia", "Oliver", "Isla", "Noah", "Ava", "Arthur", "Freya",
            "Leo", "Ivy", "Oscar", "Florence", "George", "Willow", "Theo", "Rosie", "Finley", "Poppy", "Alfie", "Evie",
            "Harry", "Maya", "Jacob", "Zara", "Ethan", "Aisha", "Yusuf", "Hannah", "Kai", "Ruby", "Ibrahim", "Lily",
            "Reuben", "Sofia", "Max", "Grace", "Tomasz", "Amara", "Luca", "Chloe", "Samir", "Elsie", "Rory", "Nia",
            "Jude", "Matilda", "Ezra", "Layla", "Felix", "Priya", "Dylan");
    private static final List<String> ADULTS = List.of("Sarah", "James", "Emma", "David", "Rachel", "Michael", "Laura",
            "Daniel", "Claire", "Mark", "Nadia", "Peter", "Fatima", "Chris", "Joanne", "Andrew", "Kirsty", "Paul",
            "Hayley", "Imran", "Gemma", "Lee", "Anita", "Stuart", "Karen", "Neil", "Bola", "Gareth", "Ewa", "Simon");
    private static final List<String> FAMILIES = List.of("Ashby", "Bramley", "Calder", "Denholm", "Elstow", "Fenwick",
            "Garside", "Hadley", "Ingram", "Kelsall", "Lowther", "Malham", "Northam", "Ormsby", "Penrose", "Radley",
            "Selby", "Thornton", "Upton", "Wakefield", "Yarrow", "Ackroyd", "Barlow", "Cowley", "Dunmore", "Everett",
            "Fairley", "Goring", "Hatherley", "Kirkby", "Langley", "Moreton", "Newby", "Oakley", "Pickering", "Redmire",
            "Stanton", "Tarrant", "Whitby", "Ashworth");

    private final Random random;
    private final Set<String> usedTeacherNames = new HashSet<>();

    FictionalNames(Random random) {
        this.random = random;
    }

    String givenName() {
        return CHILDREN.get(random.nextInt(CHILDREN.size()));
    }

    String adultGivenName() {
        return ADULTS.get(random.nextInt(ADULTS.size()));
    }

    String familyName() {
        return FAMILIES.get(random.nextInt(FAMILIES.size()));
    }

    /** An adult's name not used by another member of staff, so demo email addresses stay unique. */
    String uniqueAdult() {
        String name;
        do {
            name = adultGivenName() + " " + familyName();
        } while (!usedTeacherNames.add(name));
        return name;
    }
}
