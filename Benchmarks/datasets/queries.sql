-- The questions the data set benchmark asks, as SQL: Benchmarks/datasets/sqlside.py runs each of them
-- on sqlite3 and on DuckDB, each on its own database file, and conflictq's answers to the same
-- questions are to be compared with these. This file is the one place they are written.
--
-- Each query begins at a line "-- name: TABLE.KEY", where TABLE is the table it reads (ged: a UCDP
-- GED 23.1 CSV as it is; acled: an ACLED CSV in the current layout, dates as YYYY-MM-DD), and ends
-- with ";". The comment lines after the name say what it answers; a line "-- conflictq: QUERY"
-- among them is the same question in conflictq's language, asked of the data set imported to a
-- store (sqlside.py --conflictq). The same text runs on both
-- engines, so it keeps to SQL they read alike: every output column is named, every listing is
-- fully ordered, and text compares byte by byte (both engines' default collation).
--
-- Tables are loaded with no index and no other change: the times include full scans, as a first
-- open of imported data would.

-- name: ged.a1
-- Deaths per dyad and year in one country: for every year and pair of sides (side_a, side_b) with
-- events in Afghanistan, the number of events and the sums of UCDP's best, low and high estimates
-- of deaths (each event's total, all sides and civilians together).
-- conflictq: sum killed according to UCDP where country = Afghanistan and counted = people by year with intervals
-- (by year alone: a figure has no field for its event's two sides)
SELECT year, side_a, side_b, count(*) AS events, sum(best) AS best, sum(low) AS low, sum(high) AS high
FROM ged
WHERE country = 'Afghanistan'
GROUP BY year, side_a, side_b
ORDER BY year, side_a, side_b;

-- name: ged.a2
-- Deaths of each actor per year in one country: an actor's own dead are deaths_a when it is side A
-- of an event and deaths_b when it is side B (civilian deaths are counted apart, in
-- deaths_civilians, so "Civilians" as side B has 0 here). For every actor and year in Afghanistan:
-- the events it took part in, its own deaths, and the best estimate of those events' deaths.
-- conflictq: sum killed according to UCDP where country = Afghanistan by party, year
SELECT actor, year, count(*) AS events, sum(own_deaths) AS own_deaths, sum(best) AS best
FROM (SELECT side_a AS actor, year, deaths_a AS own_deaths, best FROM ged WHERE country = 'Afghanistan'
      UNION ALL
      SELECT side_b AS actor, year, deaths_b AS own_deaths, best FROM ged WHERE country = 'Afghanistan') AS sides
GROUP BY actor, year
ORDER BY actor, year;

-- name: ged.b
-- The events of one actor in a date range: every event with the Taleban on either side that began
-- (date_start) between 2015-01-01 and 2016-12-31, both days included, in order of date and id.
-- conflictq: events where (side = Taleban or initiator = Taleban or target = Taleban) and date >= 2015-01-01 and date <= 2016-12-31 order by date, id
-- (a side of a clash, or who carried out one-sided violence: conflictq tells them apart)
SELECT id, date_start, date_end, type_of_violence, side_a, side_b, best, low, high, where_coordinates
FROM ged
WHERE (side_a = 'Taleban' OR side_b = 'Taleban') AND date_start BETWEEN '2015-01-01' AND '2016-12-31'
ORDER BY date_start, id;

-- name: ged.c
-- Events by type of violence (1 state-based, 2 non-state, 3 one-sided), with their best estimate
-- of deaths, over the whole file.
-- conflictq: count events by category where kind != conflict
-- (the count alone: a figure has no field for its event's type)
SELECT type_of_violence, count(*) AS events, sum(best) AS best
FROM ged
GROUP BY type_of_violence
ORDER BY type_of_violence;

-- name: acled.a
-- Fatalities by actor and year in one country: for every actor1 and year with events in Ukraine,
-- the number of events and the fatalities ACLED recorded for them (actor1 only: an event's
-- fatalities are not split between its actors).
-- conflictq: sum killed according to ACLED where country = Ukraine by year
-- (by year alone: a figure has no field for its event's actor1)
SELECT actor1, year, count(*) AS events, sum(fatalities) AS fatalities
FROM acled
WHERE country = 'Ukraine'
GROUP BY actor1, year
ORDER BY actor1, year;

-- name: acled.b
-- The events of one actor in a date range: every event with Russia's military as actor1 or actor2
-- on a day from 2022-01-01 to 2023-12-31, both included, in order of date and event id.
-- conflictq: events where (initiator = "Military Forces of Russia (2000-)" or target = "Military Forces of Russia (2000-)" or side = "Military Forces of Russia (2000-)") and date >= 2022-01-01 and date <= 2023-12-31 order by date, id
SELECT event_id_cnty, event_date, event_type, sub_event_type, actor1, actor2, fatalities, location
FROM acled
WHERE (actor1 = 'Military Forces of Russia (2000-)' OR actor2 = 'Military Forces of Russia (2000-)')
  AND event_date BETWEEN '2022-01-01' AND '2023-12-31'
ORDER BY event_date, event_id_cnty;

-- name: acled.c
-- Events by event type, with their fatalities, over the whole file.
-- conflictq: count events by category
SELECT event_type, count(*) AS events, sum(fatalities) AS fatalities
FROM acled
GROUP BY event_type
ORDER BY event_type;
