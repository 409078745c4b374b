import pytest

from claims.extraction import get_extractor


@pytest.fixture(scope="session")
def extractor():
    # Loading spaCy takes about a second: once per test session.
    return get_extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    def run(text, **kwargs):
        statements = extractor.extract(text, **kwargs)
        for st in statements:
            assert text[st.start:st.end] == st.content
        return statements
    return run
