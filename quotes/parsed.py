def find_reported_parsed(analysis, regions, lexicon, direct):
    return []
