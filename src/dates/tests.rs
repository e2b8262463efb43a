use super::*;

/// (text, published, expected first value)
const VALUES: &[(&str, &str, &str)] = &[
    ("They left on Tuesday.", "2013-02-19", "2013-02-19"),
    ("Talks began on Sunday.", "2024-12-13", "2024-12-08"),
    (
        "The minister will arrive on Monday.",
        "2024-12-13",
        "2024-12-16",
    ),
    (
        "Images taken Dec. 9 showed ships.",
        "2024-12-14",
        "2024-12-09",
    ),
    ("It happened in the third quarter.", "1999-10-26", "1999-Q3"),
];

#[test]
fn resolves_values() {
    for &(text, published, want) in VALUES {
        let got = find_in(text, published.parse().unwrap());
        assert_eq!(
            got.first().map(|d| d.value.as_str()),
            Some(want),
            "{text:?} published {published}"
        );
    }
}
