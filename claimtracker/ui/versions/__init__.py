"""Articles that change: import from web addresses, newer versions, differences, corrected
metadata, deletion, claim history and finding words in the article."""
