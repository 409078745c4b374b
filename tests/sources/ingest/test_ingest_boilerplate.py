import pytest

from tests.sources.ingest.helpers import excluded_lines, parse

BODY = ("The harbour bridge reopened on Tuesday after six months of repairs, the council said.\n\n"
        "\"We are glad to see traffic moving again,\" said the mayor, Lena Brandt.\n")


def kinds_of(text):
    return excluded_lines(parse(text))


def test_excluded_ranges_point_into_the_text_and_nothing_is_deleted():
    text = "Advertisement\n\nBridge reopens\n\n" + BODY + "\nShare this article\n"
    doc = parse(text)
    assert doc.text == text
    assert excluded_lines(doc) == [("navigation", "Advertisement"), ("share", "Share this article")]


def test_real_paragraphs_are_never_excluded():
    assert kinds_of("Bridge reopens\n\n" + BODY) == []


@pytest.mark.parametrize("line, kind", [
    ("Home News Business Sport Culture Videos", "navigation"),
    ("Home | World | Business | Climate", "navigation"),
    ("Skip to main content", "navigation"),
    ("Scroll to Top", "navigation"),
    ("Share Comments", "share"),
    ("Share on Facebook", "share"),
    ("Leave a Comment", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Sign up for our free morning newsletter", "newsletter"),
    ("Subscribe to the Lakeside Courier newsletter for the day's news in your inbox", "newsletter"),
    ("© 2026 The Lakeside Courier. All rights reserved.", "copyright"),
    ("Copyright Nordvik Post Ltd 2026", "copyright"),
    ("Photo: Jan Novak/Lakeside Courier", "credit"),
    ("Copyright Example Photo Agency", "credit"),
    ("Reporting by Siri Holm; editing by Pavel Dvorak", "credit"),
    ("Additional reporting • Nordvik Wire", "credit"),
    ("By Mira Okafor", "byline"),
    ("Published on 4 March 2026", "dateline"),
    ("4 March 2026, 09:15", "dateline"),
    ("No time to read?", "widget"),
    ("Read more: Ferry operator adds winter sailings", "read-more"),
])
def test_boilerplate_lines_are_excluded_by_kind(line, kind):
    assert kinds_of(f"Bridge reopens\n\n{line}\n\n{BODY}") == [(kind, line)]


@pytest.mark.parametrize("caption", [
    "Workers on the bridge deck in February © Jan Novak/Lakeside Courier",
    "The reopened bridge at dawn (Photo: Jan Novak)",
    "The mayor at the ceremony. Photograph: Jan Novak/Getty Images",
    "Traffic crossing the bridge on Tuesday AP Photo/Jan Novak",
])
def test_a_photo_caption_ending_in_its_credit_is_excluded_as_a_caption(caption):
    assert kinds_of(f"Bridge reopens\n\n{caption}\n\n{BODY}") == [("caption", caption)]


def test_a_duplicated_caption_is_excluded_twice():
    alt = "Workers repaint the railings of the harbour bridge, 2 March 2026"
    text = f"Bridge reopens\n\n{alt}\n{alt} Lakeside Courier\n\n{BODY}"
    assert kinds_of(text) == [("caption", alt), ("caption", alt + " Lakeside Courier")]


def test_an_image_description_above_a_credited_caption_is_a_caption_too():
    text = ("Bridge reopens\n\nCars queue at the bridge entrance.\n"
            "The first cars crossed at seven © Jan Novak/Lakeside Courier\n\n" + BODY)
    assert [k for k, _ in kinds_of(text)] == ["caption", "caption"]


def test_a_paragraph_above_a_caption_without_a_blank_line_between_is_kept():
    text = ("Bridge reopens\nThe bridge reopened on Tuesday, the council said.\n"
            "The first cars crossed at seven © Jan Novak/Lakeside Courier\nEngineers replaced the cables.\n")
    assert [line for _, line in kinds_of(text)] == ["The first cars crossed at seven © Jan Novak/Lakeside Courier"]


def test_headlines_listed_under_read_more_are_excluded_until_the_list_ends():
    text = ("Bridge reopens\n\n" + BODY + "\nRead more\n\nFerry operator adds winter sailings\n\n"
            "Council approves new cycle lanes\n")
    assert kinds_of(text) == [("read-more", "Read more"), ("read-more", "Ferry operator adds winter sailings"),
                              ("read-more", "Council approves new cycle lanes")]


def test_a_read_more_list_stops_at_the_next_real_paragraph():
    text = ("Bridge reopens\n\nRead more\nFerry operator adds winter sailings\n\n" + BODY)
    assert [line for _, line in kinds_of(text)] == ["Read more", "Ferry operator adds winter sailings"]


def test_previous_and_next_article_links_are_navigation():
    text = ("Bridge reopens\n\n" + BODY + "\nPrevious Article\n\nFerry operator adds winter sailings\n\n"
            "Next Article\n\nCouncil approves new cycle lanes\n")
    assert [k for k, _ in kinds_of(text)] == ["navigation"] * 4


def test_a_sentence_that_mentions_sharing_or_comments_is_not_boilerplate():
    text = ("Bridge reopens\n\nResidents were invited to share comments on the design before work began.\n\n"
            "The council did not respond to a request for comment.\n")
    assert kinds_of(text) == []


def test_a_subheading_inside_the_article_is_kept():
    assert kinds_of("Bridge reopens\n\n" + BODY + "\nWhat happens next\n\n" + BODY) == []
