#pragma once

// Is this run of digits a phone number? libphonenumber's validity rules, read from its own
// metadata (phonemetadata.h) and matched with PCRE2's JIT, for callers that have the digits
// already (the transcript masker): no text handling, no allocation per call beyond a small
// buffer. A test holds it to the library's parser (tests/transcripts/test_piimasker.cpp).
// Thread-safe.

#include <string>
#include <string_view>
#include <vector>

namespace cxone::phone {

// `digits`: the country calling code then the national significant number ("14155550132").
// Valid when the library would find the number valid for any region of that code (the library
// first picks one region; this can only say valid more often, never less). A trunk prefix
// written after the code ("+44 (0)20 …") is read as the library's parser reads it.
bool validInternational(std::string_view digits);

// A national number of `region` as people write it: with the region's trunk prefix (0, or
// NANP's 1) when it has one; without it for regions where that is how numbers are written
// (NANP, India, Brazil, Mexico, Argentina, China) and for regions that have none.
bool validNational(std::string_view digits, const std::string &region);

// The same with the region looked up once, for callers that judge many numbers (nullptr when
// the region is unknown: nothing is valid for it).
struct RegionRules;
const RegionRules *regionRules(const std::string &region);
bool validNational(std::string_view digits, const RegionRules *region);

// Valid as a national number of some region, any of them (slow: only for candidates that the
// words around already call a phone number).
bool validNationalAnywhere(std::string_view digits);

// The region's country calling code, 0 when unknown.
int countryCodeOf(const std::string &region);

// Every region code the metadata knows ("US", "GB", ...), sorted.
std::vector<std::string> knownRegions();

} // namespace cxone::phone
