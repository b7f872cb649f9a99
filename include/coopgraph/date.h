/*
 * date.h - calendar dates of known precision, as the dataset writes them.
 *
 * "2005" means the whole year 2005, i.e. the half-open day interval
 * [2005-01-01, 2006-01-01); "2005-03" the whole of March. All interval
 * arithmetic is done on day numbers (days since 1970-01-01, proleptic
 * Gregorian), so filters compare integers, never strings.
 */
#ifndef COOPGRAPH_DATE_H
#define COOPGRAPH_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum cg_date_precision {
  CG_DATE_UNKNOWN = 0, /* no date given */
  CG_DATE_YEAR = 1,
  CG_DATE_MONTH = 2,
  CG_DATE_DAY = 3
} cg_date_precision;

/* A value type; month and day are 0 when the precision does not include them. */
typedef struct cg_date {
  int16_t year; /* 1 to 9999 */
  uint8_t month;
  uint8_t day;
  uint8_t precision; /* a cg_date_precision */
} cg_date;

#define CG_DATE_NONE ((cg_date){0, 0, 0, CG_DATE_UNKNOWN})

/*
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (exactly those digits, years 0001
 * to 9999, real calendar days, leap years included). An empty string gives a
 * date of unknown precision and succeeds. On failure returns CG_ERR_DATA, leaves *out
 * unknown and, when msg is not NULL, writes a reason such as "month 13 is out
 * of range" into msg (always NUL-terminated) and the 0-based byte offset of the
 * offending character into *err_offset (when not NULL). Returns CG_OK on success.
 * Only s[0..len) is read. For a string of the wrong shape the offset is that
 * of the first byte that does not fit (len when the string stops short, as in
 * "2025-"); for a number out of range, the start of that number.
 */
cg_status cg_date_parse(const char *s, size_t len, cg_date *out, char *msg, size_t msg_size,
                        size_t *err_offset);

/* 1 when the date is known (precision is not CG_DATE_UNKNOWN). */
int cg_date_known(cg_date d);

/*
 * Days since 1970-01-01 of the first day of the date's period. d must be
 * known; for an unknown date both this and cg_date_end_day return INT32_MAX,
 * an empty interval after every real day.
 */
int32_t cg_date_first_day(cg_date d);
/* Days since 1970-01-01 of the day after the date's period (exclusive end). */
int32_t cg_date_end_day(cg_date d);

/*
 * Converts a day number back to a full date (precision CG_DATE_DAY). Days
 * outside 0001-01-01 .. 9999-12-31 give CG_DATE_NONE.
 */
cg_date cg_date_from_days(int32_t days);

/* Days in the given month of the given year (1-12), leap years included. */
int cg_date_days_in_month(int year, int month);

/*
 * Writes the date as it is written in the data ("2005", "2005-03",
 * "2005-03-07", or "" when unknown). buf must hold at least 11 bytes.
 * Returns buf.
 */
char *cg_date_format(cg_date d, char buf[11]);

/*
 * Orders two dates by the start of their period, then by precision (coarser
 * first), so "2005" sorts before "2005-01" and "2005-01-01". Unknown dates
 * sort after every known date. Returns <0, 0, >0.
 */
int cg_date_compare(cg_date a, cg_date b);

#ifdef __cplusplus
}
#endif
#endif
