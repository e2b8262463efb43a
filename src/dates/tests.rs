use super::grammar::Rule;
use super::*;
use crate::input::Article;

/// (text, published, expected (span text, type, value) of the last expression)
pub(super) const RULES: &[(&str, &str, &str, &str, &str)] = &[
    // explicit dates
    (
        "The file is dated 2021-03-04.",
        "2021-05-01",
        "2021-03-04",
        "DATE",
        "2021-03-04",
    ),
    // A capitalised word in "-ed" inside the sentence is a name, no past verb
    // between the modal and the day.
    (
        "Macron said France would host a donor conference with the United Nations on Sunday.",
        "2020-08-07",
        "Sunday",
        "DATE",
        "2020-08-09",
    ),
    // The present of a verb of travel or meeting: a plan.
    (
        "The minister travels to Jeddah on Sunday to meet Saudi officials.",
        "2023-04-28",
        "Sunday",
        "DATE",
        "2023-04-30",
    ),
    (
        "Lavrov meets his Turkish counterpart in Antalya on Monday.",
        "2024-12-19",
        "Monday",
        "DATE",
        "2024-12-23",
    ),
    // The Orthodox Church's Christmas is on 7 January.
    (
        "After a quiet period around the Orthodox Christmas, flights resumed.",
        "2025-01-22",
        "Orthodox Christmas",
        "DATE",
        "2025-01-07",
    ),
    // "until" or "through" a weekday: an end ahead, whatever the tense.
    (
        "Authorities have banned all outdoor work in the region until Sunday.",
        "2025-11-05",
        "Sunday",
        "DATE",
        "2025-11-09",
    ),
    (
        "Sailings have been cancelled until at least Saturday.",
        "2025-02-12",
        "Saturday",
        "DATE",
        "2025-02-15",
    ),
    // A day after "on" or "for" behind a present progressive: a plan.
    (
        "The ministry is sending a plane on Thursday.",
        "2024-10-01",
        "Thursday",
        "DATE",
        "2024-10-03",
    ),
    (
        "Britain is chartering a flight for Friday, and officials are urging citizens to register.",
        "2024-10-01",
        "Friday",
        "DATE",
        "2024-10-04",
    ),
    // Not past "that", nor a progressive's object that happened.
    (
        "The UN is reporting that on Monday 300 people left.",
        "2024-10-01",
        "Monday",
        "DATE",
        "2024-09-30",
    ),
    (
        "The country is reeling after Sunday's attack.",
        "2024-10-01",
        "Sunday",
        "DATE",
        "2024-09-29",
    ),
    // Nor a day of the past event after "after" or "since".
    (
        "Moscow is reviewing its contracts after the fall of Assad on December 8.",
        "2025-01-10",
        "December 8",
        "DATE",
        "2024-12-08",
    ),
    // "since" a month names the last such month, even two months ahead in a past sentence.
    (
        "Assad has been living in Moscow since December.",
        "2025-10-17",
        "December",
        "DATE",
        "2024-12",
    ),
    (
        "Since October, most flights have refueled at Hmeimim.",
        "2025-10-17",
        "October",
        "DATE",
        "2025-10",
    ),
    (
        "The protests began in March 2011.\nThat June, the army moved on Daraa.",
        "2025-03-01",
        "That June",
        "DATE",
        "2011-06",
    ),
    (
        "Russia intervened in September 2015.\nThe following March, it withdrew jets.",
        "2025-03-01",
        "The following March",
        "DATE",
        "2016-03",
    ),
    (
        "It appears that August is showing a recovery.",
        "1996-08-30",
        "August",
        "DATE",
        "1996-08",
    ),
    (
        "The base was leased in 1971. A decade later, it was expanded.",
        "2025-10-01",
        "A decade later",
        "DATE",
        "1981",
    ),
    (
        "Exports fell to $9.1 billion in 2018, down from $19.5 billion the previous year.",
        "2019-11-18",
        "the previous year",
        "DATE",
        "2017",
    ),
    (
        "The plan was first drawn up a fortnight ago.",
        "2024-10-03",
        "a fortnight ago",
        "DATE",
        "2024-W38",
    ),
    (
        "Talks lasted a fortnight.",
        "2024-10-03",
        "a fortnight",
        "DURATION",
        "P2W",
    ),
    (
        "The war began after the Sept. 11 attacks.",
        "2021-08-31",
        "Sept. 11",
        "DATE",
        "2001-09-11",
    ),
    (
        "It was the worst since the attacks of September 11.",
        "2021-08-31",
        "September 11",
        "DATE",
        "2001-09-11",
    ),
    (
        "Talks have stalled since the October 7 attack.",
        "2024-12-31",
        "October 7",
        "DATE",
        "2023-10-07",
    ),
    (
        "Filed on 12/14/2024 in court.",
        "2024-12-20",
        "12/14/2024",
        "DATE",
        "2024-12-14",
    ),
    (
        "Filed on 10.12.2024 in court.",
        "2024-12-20",
        "10.12.2024",
        "DATE",
        "2024-12-10",
    ),
    (
        "They met on Tuesday, Dec. 9, 2024 in Paris.",
        "2024-12-20",
        "Tuesday, Dec. 9, 2024",
        "DATE",
        "2024-12-09",
    ),
    (
        "Images taken Dec. 9 showed ships.",
        "2024-12-14",
        "Dec. 9",
        "DATE",
        "2024-12-09",
    ),
    // the evening or night before the day told last
    (
        "The ministry spoke on Friday; the previous evening, trucks left.",
        "2024-12-14",
        "the previous evening",
        "DATE",
        "2024-12-12",
    ),
    // "the same month" is the month told last, by its name or by a day
    (
        "They sank the Rubymar in March and hit the True Confidence the same month.",
        "2024-06-13",
        "the same month",
        "DATE",
        "2024-03",
    ),
    // "the end of the month" after a month its sentence has named is that one's
    (
        "On 14 December flights began, and by the end of the month more than 40 had left.",
        "2025-02-03",
        "the end of the month",
        "DATE",
        "2024-12",
    ),
    // a day after a relative month; none in a number with thousands
    (
        "He was shot last Oct. 23 at his home.",
        "1999-04-19",
        "last Oct. 23",
        "DATE",
        "1998-10-23",
    ),
    (
        "Talks resume next March 3.",
        "1999-04-19",
        "next March 3",
        "DATE",
        "2000-03-03",
    ),
    (
        "In May 5,000 people left the city.",
        "1999-04-19",
        "May",
        "DATE",
        "1999-05",
    ),
    // a day of the month told alone
    (
        "Two ships left Novorossiysk on the 20th.",
        "2013-01-22",
        "the 20th",
        "DATE",
        "2013-01-20",
    ),
    (
        "The convoy will reach Tartus by the 3rd.",
        "2013-01-22",
        "the 3rd",
        "DATE",
        "2013-02-03",
    ),
    // the end of a weekday range comes after its start
    (
        "The drills run from Monday to Wednesday.",
        "2013-01-22",
        "Wednesday",
        "DATE",
        "2013-01-23",
    ),
    (
        "They left on 14 December.",
        "2024-12-20",
        "14 December",
        "DATE",
        "2024-12-14",
    ),
    (
        "The treaty was signed on the 3rd of March 1999.",
        "2024-12-20",
        "the 3rd of March 1999",
        "DATE",
        "1999-03-03",
    ),
    (
        "A deal was struck on Dec. 30.",
        "2025-01-04",
        "Dec. 30",
        "DATE",
        "2024-12-30",
    ),
    (
        "He was last seen on Oct. 3 in Kyiv.",
        "2024-06-01",
        "Oct. 3",
        "DATE",
        "2023-10-03",
    ),
    (
        "The talks will resume on Feb. 20 in Geneva.",
        "2023-06-01",
        "Feb. 20",
        "DATE",
        "2024-02-20",
    ),
    (
        "The plant closed in July 1997.",
        "2001-01-01",
        "July 1997",
        "DATE",
        "1997-07",
    ),
    // holidays
    (
        "Shops closed on Christmas Day.",
        "1998-12-28",
        "Christmas Day",
        "DATE",
        "1998-12-25",
    ),
    (
        "Talks stalled before Thanksgiving.",
        "2000-01-07",
        "Thanksgiving",
        "DATE",
        "1999-11-25",
    ),
    (
        "The park reopens on Memorial Day.",
        "2024-04-01",
        "Memorial Day",
        "DATE",
        "2024-05-27",
    ),
    // months, parts of months
    (
        "Sales slowed in mid-March.",
        "2023-06-01",
        "mid-March",
        "DATE",
        "2023-03",
    ),
    (
        "The vote is set for early January.",
        "2023-11-10",
        "early January",
        "DATE",
        "2024-01",
    ),
    (
        "Prices fell last November.",
        "2023-06-01",
        "last November",
        "DATE",
        "2022-11",
    ),
    (
        "The strike began in May.",
        "2023-06-01",
        "May",
        "DATE",
        "2023-05",
    ),
    (
        "They will decide in September.",
        "2023-06-01",
        "September",
        "DATE",
        "2023-09",
    ),
    (
        "Sales fell in March of last year.",
        "2009-05-15",
        "March of last year",
        "DATE",
        "2008-03",
    ),
    (
        "The deal was signed on July 22 last year.",
        "2023-07-16",
        "July 22 last year",
        "DATE",
        "2022-07-22",
    ),
    (
        "They met on 3 March this year.",
        "2009-05-15",
        "3 March this year",
        "DATE",
        "2009-03-03",
    ),
    (
        "Talks resume in May next year.",
        "2009-05-15",
        "May next year",
        "DATE",
        "2010-05",
    ),
    (
        "He stepped down as chairman in March.",
        "1989-11-02",
        "March",
        "DATE",
        "1989-03",
    ),
    (
        "The shuttle will fly in December.",
        "1998-02-13",
        "December",
        "DATE",
        "1998-12",
    ),
    // quarters and halves
    (
        "Ford made a profit in the final quarter of 2009.",
        "2010-01-28",
        "the final quarter of 2009",
        "DATE",
        "2009-Q4",
    ),
    (
        "Profits fell in the fourth quarter.",
        "2024-01-26",
        "the fourth quarter",
        "DATE",
        "2023-Q4",
    ),
    (
        "Profits fell in the fourth quarter of last year.",
        "2024-01-26",
        "the fourth quarter of last year",
        "DATE",
        "2023-Q4",
    ),
    (
        "Profits fell in last year's fourth quarter.",
        "2024-01-26",
        "last year's fourth quarter",
        "DATE",
        "2023-Q4",
    ),
    (
        "Profit rose in the third quarter.",
        "1999-10-26",
        "the third quarter",
        "DATE",
        "1999-Q3",
    ),
    (
        "Fourth-quarter sales will be weak.",
        "1999-10-26",
        "Fourth-quarter",
        "DATE",
        "1999-Q4",
    ),
    (
        "Earnings for the latest quarter fell.",
        "1999-10-26",
        "the latest quarter",
        "DATE",
        "1999-Q3",
    ),
    (
        "Profit rose in the third quarter from the year-ago quarter.",
        "1999-10-26",
        "the year-ago quarter",
        "DATE",
        "1998-Q3",
    ),
    (
        "Sales fell from the year-earlier period.",
        "1999-10-26",
        "the year-earlier period",
        "DATE",
        "1998-Q3",
    ),
    (
        "Growth slowed in the first half of 1998.",
        "1999-10-26",
        "the first half of 1998",
        "DATE",
        "1998-H1",
    ),
    // seasons, years, decades, centuries
    (
        "The talks collapsed last fall.",
        "1999-04-10",
        "last fall",
        "DATE",
        "1998-FA",
    ),
    (
        "The bridge opens this summer.",
        "1999-04-10",
        "this summer",
        "DATE",
        "1999-SU",
    ),
    // A timetable's present tells what is to come.
    (
        "Flights to Damascus resume Monday.",
        "2024-12-18",
        "Monday",
        "DATE",
        "2024-12-23",
    ),
    // Either reading of a slash date: the one the sentence's tense allows.
    (
        "On 07/03/2024 more ships left the port.",
        "2024-03-10",
        "07/03/2024",
        "DATE",
        "2024-03-07",
    ),
    // A cue after "that" is the reported clause's, not the weekday's.
    (
        "The spokesman told the briefing on Thursday that the state would bear the cost.",
        "2023-10-20",
        "Thursday",
        "DATE",
        "2023-10-19",
    ),
    // Or the order the text's other slash dates show.
    (
        "The last flight, on 14/12/2023, followed the first on 07/10/2023.",
        "2023-12-20",
        "07/10/2023",
        "DATE",
        "2023-10-07",
    ),
    // Or the order the text's named dates show: only "3 August", day first.
    (
        "The last flight left on 2 August; the ministry closed the file on 03/08/2023.",
        "2023-08-20",
        "03/08/2023",
        "DATE",
        "2023-08-03",
    ),
    // Told in January, a summer in the past is last year's, one ahead this year's.
    (
        "About 2,000 women have registered with the consulate since the summer.",
        "2013-01-25",
        "the summer",
        "DATE",
        "2012-SU",
    ),
    (
        "The ships will return next summer.",
        "2013-01-25",
        "next summer",
        "DATE",
        "2013-SU",
    ),
    // "to" before a plural noun is no infinitive: the delivery is past.
    (
        "A convoy delivered food, medicine and clothing to residents on Thursday.",
        "2017-03-03",
        "Thursday",
        "DATE",
        "2017-03-02",
    ),
    // A season over this year, in a sentence about the future, is next year's.
    (
        "The decision will be delayed until the spring.",
        "2024-12-30",
        "the spring",
        "DATE",
        "2025-SP",
    ),
    (
        "The ship will return in early spring.",
        "2024-12-30",
        "early spring",
        "DATE",
        "2025-SP",
    ),
    (
        "It was built in the winter of 1950.",
        "1999-04-10",
        "the winter of 1950",
        "DATE",
        "1950-WI",
    ),
    (
        "The lease was signed in 2017.",
        "2024-12-14",
        "2017",
        "DATE",
        "2017",
    ),
    (
        "Results for fiscal 1989 were poor.",
        "1989-11-02",
        "fiscal 1989",
        "DATE",
        "1989",
    ),
    (
        "Growth returned in late 2023.",
        "2024-05-01",
        "late 2023",
        "DATE",
        "2023",
    ),
    (
        "Prices doubled in the 1990s.",
        "2024-05-01",
        "the 1990s",
        "DATE",
        "199",
    ),
    (
        "Music of the eighties is back.",
        "2024-05-01",
        "the eighties",
        "DATE",
        "198",
    ),
    (
        "It was the worst war of the 20th century.",
        "2024-05-01",
        "the 20th century",
        "DATE",
        "19",
    ),
    (
        "The dam was finished in nineteen ninety-six.",
        "2024-05-01",
        "nineteen ninety-six",
        "DATE",
        "1996",
    ),
    (
        "The tower opened in the year two thousand and one.",
        "2024-05-01",
        "the year two thousand and one",
        "DATE",
        "2001",
    ),
    // days relative to publication
    (
        "Rebels entered the city yesterday.",
        "2024-12-08",
        "yesterday",
        "DATE",
        "2024-12-07",
    ),
    (
        "The minister arrives tomorrow morning.",
        "2024-12-08",
        "tomorrow morning",
        "DATE",
        "2024-12-09",
    ),
    // A 24-hour clock needs a zone; Greenwich time is written "Z".
    (
        "Shelling began at 0600 GMT.",
        "2024-12-14",
        "0600 GMT",
        "TIME",
        "2024-12-14T06:00Z",
    ),
    (
        "Thirty years ago today, Iraqi troops crossed the border.",
        "2020-08-02",
        "Thirty years ago today",
        "DATE",
        "1990-08-02",
    ),
    (
        "Thirty years ago this week, an airline began the airlift.",
        "2020-08-13",
        "Thirty years ago this week",
        "DATE",
        "1990-W33",
    ),
    (
        "Ten years ago this month, the navy assembled a task force.",
        "2023-01-18",
        "Ten years ago this month",
        "DATE",
        "2013-01",
    ),
    (
        "Strikes began on September 30, 2015. By the end of that October, 4,000 troops were there.",
        "2025-01-20",
        "that October",
        "DATE",
        "2015-10",
    ),
    (
        "The first aircraft left RAAF Base Amberley at 7:35am AEDT on Sunday.",
        "2023-03-06",
        "7:35am AEDT on Sunday",
        "TIME",
        "2023-03-05T07:35",
    ),
    (
        "The ship sailed at 14:30 local time on Monday.",
        "2024-12-14",
        "14:30 local time on Monday",
        "TIME",
        "2024-12-09T14:30",
    ),
    (
        "Shelling resumed this morning.",
        "2024-12-08",
        "this morning",
        "TIME",
        "2024-12-08TMO",
    ),
    (
        "Two blasts shook the port last night.",
        "2024-12-08",
        "last night",
        "TIME",
        "2024-12-07TNI",
    ),
    // weekdays by tense
    (
        "The airport is officially closed to traffic until Friday, but planes were given permission to land.",
        "2023-08-01",
        "Friday",
        "DATE",
        "2023-08-04",
    ),
    (
        "The embassy urged citizens to leave by Sunday.",
        "2024-12-11",
        "Sunday",
        "DATE",
        "2024-12-15",
    ),
    (
        "The agency warned it needs $220 million to keep assistance going through March.",
        "2021-11-11",
        "March",
        "DATE",
        "2022-03",
    ),
    (
        "A ceremony would still be held at the summit on April 24.",
        "1999-02-10",
        "April 24",
        "DATE",
        "1999-04-24",
    ),
    (
        "Russia to evacuate citizens on Friday",
        "2024-12-11",
        "Friday",
        "DATE",
        "2024-12-13",
    ),
    (
        "The ceasefire held until Sunday.",
        "2024-12-11",
        "Sunday",
        "DATE",
        "2024-12-08",
    ),
    (
        "He took part in 1980; on May 22, 1995, he was promoted, and the following year he left.",
        "1998-04-18",
        "the following year",
        "DATE",
        "1996",
    ),
    (
        "Talks began in 1996, were suspended in June 1998 and resumed later that year.",
        "2000-01-28",
        "later that year",
        "DATE",
        "1998",
    ),
    (
        "Dozens have been killed in the blasts next to the embassies on Friday.",
        "1998-08-08",
        "Friday",
        "DATE",
        "1998-08-07",
    ),
    (
        "Police have been looking for him since the Oct. 23 shooting.",
        "1999-05-06",
        "Oct. 23",
        "DATE",
        "1998-10-23",
    ),
    (
        "Officials said on Monday that the planes could arrive as early as Thursday.",
        "2020-01-28",
        "Thursday",
        "DATE",
        "2020-01-30",
    ),
    (
        "The exchange will be closed Monday for the holiday.",
        "2024-08-28",
        "Monday",
        "DATE",
        "2024-09-02",
    ),
    (
        "The sale should be completed in October.",
        "2024-06-05",
        "October",
        "DATE",
        "2024-10",
    ),
    (
        "The navy said the visit, which runs until Monday, marked the ties.",
        "2024-06-14",
        "Monday",
        "DATE",
        "2024-06-17",
    ),
    (
        "Until Thursday, they had not called him a suspect.",
        "1999-05-07",
        "Thursday",
        "DATE",
        "1999-05-06",
    ),
    (
        "A ferry brought 260 residents to Nassau on Friday, and a second was due to sail.",
        "2019-09-07",
        "Friday",
        "DATE",
        "2019-09-06",
    ),
    (
        "They left on Tuesday.",
        "2013-02-19",
        "Tuesday",
        "DATE",
        "2013-02-19",
    ),
    (
        "Talks began on Sunday.",
        "2024-12-13",
        "Sunday",
        "DATE",
        "2024-12-08",
    ),
    (
        "The minister will arrive on Monday.",
        "2024-12-13",
        "Monday",
        "DATE",
        "2024-12-16",
    ),
    (
        "Officials spoke on Monday morning.",
        "2012-06-20",
        "Monday morning",
        "DATE",
        "2012-06-18",
    ),
    (
        "Crowds gathered last Friday.",
        "2024-12-13",
        "last Friday",
        "DATE",
        "2024-12-06",
    ),
    (
        "The summit opens next Thursday.",
        "2024-12-13",
        "next Thursday",
        "DATE",
        "2024-12-19",
    ),
    (
        "Critics attacked Wednesday's ruling, which will be appealed.",
        "2024-12-13",
        "Wednesday",
        "DATE",
        "2024-12-11",
    ),
    // weeks, months, years relative to publication
    (
        "Talks will resume next week.",
        "2013-02-19",
        "next week",
        "DATE",
        "2013-W09",
    ),
    (
        "The plan was announced earlier this week.",
        "2024-12-14",
        "earlier this week",
        "DATE",
        "2024-W50",
    ),
    (
        "A similar flight left last month.",
        "2013-02-19",
        "last month",
        "DATE",
        "2013-01",
    ),
    (
        "Last year the port was closed.",
        "2012-06-18",
        "Last year",
        "DATE",
        "2011",
    ),
    (
        "Markets were calm over the weekend.",
        "2024-12-09",
        "the weekend",
        "DATE",
        "2024-W49-WE",
    ),
    (
        "Costs will rise by the end of the year.",
        "2024-05-01",
        "the end of the year",
        "DATE",
        "2024",
    ),
    (
        "The mine closed two years ago.",
        "2024-05-01",
        "two years ago",
        "DATE",
        "2022",
    ),
    (
        "The ferry sank three weeks ago.",
        "2024-05-01",
        "three weeks ago",
        "DATE",
        "2024-W15",
    ),
    (
        "Sales for the full year rose.",
        "1989-11-02",
        "the full year",
        "DATE",
        "1989",
    ),
    (
        "GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year.",
        "2006-01-27",
        "the entire year",
        "DATE",
        "2005",
    ),
    (
        "Profit for the year ended June 30 fell.",
        "1989-11-02",
        "June 30",
        "DATE",
        "1989-06-30",
    ),
    (
        "Profit rose in the fiscal year ended.",
        "1989-11-02",
        "the fiscal year",
        "DURATION",
        "P1Y",
    ),
    // against the last date mentioned
    (
        "The ship docked on May 26. Two days later it left.",
        "2012-06-18",
        "Two days later",
        "DATE",
        "2012-05-28",
    ),
    (
        "He started the firm in 1976, and in 1984 its first computer came out. One year later he left.",
        "2011-10-06",
        "One year later",
        "DATE",
        "1985",
    ),
    (
        "In 1984 it lost money. For the six months ended Aug. 12, profit fell from a year earlier.",
        "1989-10-20",
        "a year earlier",
        "DATE",
        "1988",
    ),
    (
        "Air strikes began in September 2015. The following month ships fired missiles.",
        "2025-06-01",
        "The following month",
        "DATE",
        "2015-10",
    ),
    (
        "In March 2016 a withdrawal was announced. That summer the jets returned.",
        "2025-06-01",
        "That summer",
        "DATE",
        "2016-SU",
    ),
    (
        "Crowds gathered on Dec. 7. Forty-eight hours later the palace was looted.",
        "2024-12-20",
        "Forty-eight hours later",
        "DATE",
        "2024-12-09",
    ),
    (
        "The ship docked on May 26. It left the next day.",
        "2012-06-18",
        "the next day",
        "DATE",
        "2012-05-27",
    ),
    // times of day
    (
        "The curfew starts at 10 p.m. Wednesday.",
        "1998-02-13",
        "10 p.m. Wednesday",
        "TIME",
        "1998-02-11T22:00",
    ),
    (
        "The polls close at 8:30 pm.",
        "1998-02-13",
        "8:30 pm",
        "TIME",
        "1998-02-13T20:30",
    ),
    (
        "The blast came at noon.",
        "1998-02-13",
        "noon",
        "TIME",
        "1998-02-13T12:00",
    ),
    // A time told in the past is the report's, not the day told ahead before it.
    (
        "Two landing ships will reach Tartus tomorrow, the channel Rybar reported at 0900 GMT.",
        "2024-12-14",
        "0900 GMT",
        "TIME",
        "2024-12-14T09:00Z",
    ),
    // A past day counted from the last day told outside a plan, and a
    // planned day from the plan's.
    (
        "Two ships docked on Thursday.\nA convoy is planned for Monday.\nA day earlier, officials had said 400 troops had left.",
        "2024-12-20",
        "A day earlier",
        "DATE",
        "2024-12-18",
    ),
    (
        "A convoy will leave on Monday, and two days later the ships will sail.",
        "2024-12-20",
        "two days later",
        "DATE",
        "2024-12-25",
    ),
    (
        "Two landing ships will reach Tartus tomorrow at 0900 GMT.",
        "2024-12-14",
        "0900 GMT",
        "TIME",
        "2024-12-15T09:00Z",
    ),
    (
        "Catherine on September 19, 2018 at 12:48 pm said: we agree.",
        "2018-09-10",
        "12:48 pm",
        "TIME",
        "2018-09-19T12:48",
    ),
    // vague references
    (
        "The city is now calm.",
        "2024-12-14",
        "now",
        "DATE",
        "PRESENT_REF",
    ),
    (
        "Troops recently left the base.",
        "2024-12-14",
        "recently",
        "DATE",
        "PAST_REF",
    ),
    (
        "More ships will leave in the coming days.",
        "2024-12-14",
        "in the coming days",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "A decision is expected within the coming weeks.",
        "2024-12-14",
        "within the coming weeks",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "Nobody knows what the future holds.",
        "2024-12-14",
        "the future",
        "DATE",
        "FUTURE_REF",
    ),
    (
        "The rules changed years ago.",
        "2024-12-14",
        "years ago",
        "DATE",
        "PAST_REF",
    ),
    // durations
    (
        "Moscow was granted a 49-year lease.",
        "2024-12-14",
        "49-year",
        "DURATION",
        "P49Y",
    ),
    (
        "The talks set a 30 day deadline.",
        "2024-12-14",
        "30 day",
        "DURATION",
        "P30D",
    ),
    (
        "The crew stayed for 10 days.",
        "2024-12-14",
        "10 days",
        "DURATION",
        "P10D",
    ),
    (
        "Fighting lasted almost two years.",
        "2024-12-14",
        "almost two years",
        "DURATION",
        "P2Y",
    ),
    (
        "Prices rose in the past two weeks.",
        "2024-12-14",
        "in the past two weeks",
        "DURATION",
        "P2W",
    ),
    // Halves: after the number, after the unit, and of one unit.
    (
        "The flight took about 5 1/2 hours.",
        "2024-12-14",
        "about 5 1/2 hours",
        "DURATION",
        "PT5.5H",
    ),
    (
        "The siege lasted a year and a half.",
        "2024-12-14",
        "a year and a half",
        "DURATION",
        "P1.5Y",
    ),
    (
        "The convoy waited two and a half days.",
        "2024-12-14",
        "two and a half days",
        "DURATION",
        "P2.5D",
    ),
    (
        "Loading took half an hour.",
        "2024-12-14",
        "half an hour",
        "DURATION",
        "PT0.5H",
    ),
    (
        "Sales fell in the first nine months.",
        "1989-10-26",
        "the first nine months",
        "DURATION",
        "P9M",
    ),
    (
        "The talks lasted five hours.",
        "2024-12-14",
        "five hours",
        "DURATION",
        "PT5H",
    ),
    (
        "The feud has gone on for decades.",
        "2024-12-14",
        "decades",
        "DURATION",
        "PXY",
    ),
    (
        "The coming weeks will be hard for the families.",
        "2024-12-14",
        "The coming weeks",
        "DURATION",
        "PXW",
    ),
    (
        "It has been a couple of years.",
        "2024-12-14",
        "a couple of years",
        "DURATION",
        "P2Y",
    ),
    // sets
    (
        "Convoys leave every week.",
        "2024-12-14",
        "every week",
        "SET",
        "P1W",
    ),
    (
        "The report is published annually.",
        "2024-12-14",
        "annually",
        "SET",
        "P1Y",
    ),
    (
        "Patrols pass twice a day.",
        "2024-12-14",
        "a day",
        "SET",
        "P1D",
    ),
    (
        "The market opens every Monday.",
        "2024-12-14",
        "every Monday",
        "SET",
        "XXXX-WXX-1",
    ),
];

#[test]
fn a_weekday_before_a_named_week_falls_in_that_week() {
    let text = "They met on Monday last week and meet again on Tuesday of next week.";
    let values: Vec<String> = find_in(text, "2024-12-18".parse().unwrap())
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(values, ["2024-12-09", "2024-W50", "2024-12-24", "2024-W52"]);
}

/// The expressions `find_in` finds in `text`, each as its text and value.
fn texts_and_values<'t>(text: &'t str, published: &str) -> Vec<(&'t str, String)> {
    find_in(text, published.parse().unwrap())
        .into_iter()
        .map(|t| (t.span.text(text), t.value))
        .collect()
}

#[test]
fn a_range_of_days_in_one_month_gives_both_days() {
    let found = |text: &'static str| texts_and_values(text, "2025-03-14");
    let ranges: [(&str, &[(&str, &str)]); 7] = [
        (
            "Between 7 and 12 March, 4,000 families fled.",
            &[("7", "2025-03-07"), ("12 March", "2025-03-12")],
        ),
        (
            "Talks were held on Dec. 6-8, 2019 in Doha.",
            &[("Dec. 6", "2019-12-06"), ("8", "2019-12-08")],
        ),
        (
            "Storms are expected on March 17 and 18.",
            &[("March 17", "2025-03-17"), ("18", "2025-03-18")],
        ),
        // A range runs forward, and a number after "and" may count something.
        (
            "On March 7 and 12 people died; from 9 to 3 March nothing moved.",
            &[("March 7", "2025-03-07"), ("3 March", "2025-03-03")],
        ),
        (
            "On March 7 and 12 were killed.",
            &[("March 7", "2025-03-07")],
        ),
        // A function word, or "respectively", goes on past the second day.
        (
            "The ships arrived on March 17 and 18 respectively.",
            &[("March 17", "2025-03-17"), ("18", "2025-03-18")],
        ),
        (
            "Talks are planned for March 3 and 4 in Doha.",
            &[("March 3", "2025-03-03"), ("4", "2025-03-04")],
        ),
    ];
    for (text, want) in ranges {
        let want: Vec<(&str, String)> = want.iter().map(|&(t, v)| (t, v.to_string())).collect();
        assert_eq!(found(text), want, "{text}");
    }
}

#[test]
fn holidays_are_found_with_either_apostrophe() {
    assert_eq!(
        texts_and_values(
            "Last Mother's Day he was at sea.\nOn New Year’s Eve the ship sailed.",
            "2024-05-20"
        ),
        [
            ("Last Mother's Day", "2024-05-12".to_string()),
            ("New Year’s Eve", "2023-12-31".to_string())
        ]
    );
}

#[test]
fn a_day_of_the_month_is_in_the_month_its_sentence_named() {
    assert_eq!(
        texts_and_values(
            "A frigate shadowed it past Dover in January and again on the 24th.\n\
             Talks were held on the 2nd.",
            "2025-03-04"
        ),
        [
            ("January", "2025-01".to_string()),
            ("the 24th", "2025-01-24".to_string()),
            ("the 2nd", "2025-03-02".to_string())
        ]
    );
}

#[test]
fn a_month_of_that_year_is_in_the_year_told_last() {
    let text = "They signed in January 2017 and ratified it in December that year, and on 5 May of that year ships came.";
    assert_eq!(
        texts_and_values(text, "2024-12-20"),
        [
            ("January 2017", "2017-01".to_string()),
            ("December that year", "2017-12".to_string()),
            ("5 May of that year", "2017-05-05".to_string())
        ]
    );
    // A year told with a season is told too.
    let season = "Flights ran in the winter of 2013. In January of that year, 77 people left.";
    assert_eq!(texts_and_values(season, "2025-02-14")[1].1, "2013-01");
}

#[test]
fn a_month_before_a_month_with_its_year_shares_that_year() {
    let text = "Ships came between March and April 2013, from December to February 2014, and in January–February 2013.";
    assert_eq!(
        texts_and_values(text, "2025-02-14"),
        [
            ("March", "2013-03".to_string()),
            ("April 2013", "2013-04".to_string()),
            ("December", "2013-12".to_string()),
            ("February 2014", "2014-02".to_string()),
            ("January", "2013-01".to_string()),
            ("February 2013", "2013-02".to_string())
        ]
    );
}

#[test]
fn a_day_of_a_past_month_told_with_its_year_is_in_that_year() {
    let text = "In January 2013 the traffic was intense. On 9 January two landing ships passed.\n\
                Nobody left by sea; on 22 January two planes flew out 77 people.";
    assert_eq!(
        texts_and_values(text, "2025-02-14"),
        [
            ("January 2013", "2013-01".to_string()),
            ("9 January", "2013-01-09".to_string()),
            ("22 January", "2013-01-22".to_string())
        ]
    );
    // Not a month told as a plan, nor a day of the publication's own month.
    let planned = "Service starts in November 2006. The jet arrives on November 11.";
    assert_eq!(texts_and_values(planned, "2005-11-05")[1].1, "2005-11-11");
    let own_month = "He accepted the August 1988 treaty. Iraq invaded Kuwait on Aug. 2.";
    assert_eq!(texts_and_values(own_month, "1990-08-15")[1].1, "1990-08-02");
}

#[test]
fn a_past_day_after_the_publication_is_of_the_year_told_last() {
    let text = "The war began on July 12, 2006. Ships did not reach Beirut until July 19, \
                and the airlift wound down in early August.";
    assert_eq!(
        texts_and_values(text, "2016-07-16"),
        [
            ("July 12, 2006", "2006-07-12".to_string()),
            ("July 19", "2006-07-19".to_string()),
            ("early August", "2006-08".to_string())
        ]
    );
    // A day before the publication keeps the publication's year, and with
    // no year told, a day after it stays where the tense's reach puts it.
    let before = "The war began on July 12, 2006. The ministry said on July 2 that ships had left.";
    assert_eq!(texts_and_values(before, "2016-07-16")[1].1, "2016-07-02");
    let untold = "The ministry said ships had left on July 19.";
    assert_eq!(texts_and_values(untold, "2016-07-16")[0].1, "2016-07-19");
}

#[test]
fn a_live_report_s_stamp_is_a_time_of_the_report_s_day() {
    let text =
        "15:02 BST\nFrance has evacuated 538 people since Sunday.\n12:30 BST\nGunfire was heard.";
    let values: Vec<String> = find_in(text, "2023-04-25".parse().unwrap())
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(
        values,
        ["2023-04-25T15:02", "2023-04-23", "2023-04-25T12:30"]
    );
}

#[test]
fn a_time_that_opens_an_entry_is_a_stamp_of_the_report_s_day() {
    let text = "9:10 PM: Schools will stay closed until May 15.\n\n\
                6:15 PM: The relief effort is now the largest.\n\n\
                10:30 AM - Aftershocks continue.";
    let values: Vec<String> = find_in(text, "2015-04-27".parse().unwrap())
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(
        values,
        [
            "2015-04-27T21:10",
            "2015-05-15",
            "2015-04-27T18:15",
            "PRESENT_REF",
            "2015-04-27T10:30"
        ]
    );
}

#[test]
fn a_time_of_day_falls_on_the_day_named_after_it() {
    let text = "Rescuers arrived on Sunday. The quake hit at 12:50 local time on 28 March, \
                and two days later the offer ran until 5 p.m. EST Nov. 9.";
    assert_eq!(
        texts_and_values(text, "2025-04-04"),
        [
            ("Sunday", "2025-03-30".to_string()),
            ("12:50 local time", "2025-03-28T12:50".to_string()),
            ("28 March", "2025-03-28".to_string()),
            ("two days later", "2025-03-30".to_string()),
            ("5 p.m. EST", "2024-11-09T17:00".to_string()),
            ("Nov. 9", "2024-11-09".to_string())
        ]
    );
}

#[test]
fn a_weekday_that_opens_a_date_is_the_dates_not_the_times() {
    let text = "The video was filmed at 14:26 local time on Saturday, December 14. \
                The ships left at 9 a.m. Friday 13 December and at noon Sunday.";
    assert_eq!(
        texts_and_values(text, "2024-12-17"),
        [
            ("14:26 local time", "2024-12-14T14:26".to_string()),
            ("Saturday, December 14", "2024-12-14".to_string()),
            ("9 a.m.", "2024-12-13T09:00".to_string()),
            ("Friday 13 December", "2024-12-13".to_string()),
            ("noon Sunday", "2024-12-15T12:00".to_string())
        ]
    );
}

#[test]
fn a_part_of_that_day_falls_on_the_day_named_after_it() {
    let text = "On Sunday the ships left.\nThe council voted that morning, 30 September 2015, to approve it.";
    assert_eq!(
        texts_and_values(text, "2025-10-01"),
        [
            ("Sunday", "2025-09-28".to_string()),
            ("that morning", "2015-09-30".to_string()),
            ("30 September 2015", "2015-09-30".to_string())
        ]
    );
}

#[test]
fn a_past_form_after_a_modal_is_the_verb_it_governs() {
    let text = "Stocks will last until the weekend.\nFood would last until Friday.\n\
                Water ran out at the weekend.";
    assert_eq!(
        texts_and_values(text, "2024-05-08"),
        [
            ("the weekend", "2024-W19-WE".to_string()),
            ("Friday", "2024-05-10".to_string()),
            ("the weekend", "2024-W18-WE".to_string())
        ]
    );
}

#[test]
fn a_cue_after_and_belongs_to_the_verb_it_joins() {
    let text = "Defence chiefs met in Abuja on Wednesday and were due to meet again on Friday.\n\
                Police detained him on Friday and would not let his family see him.";
    assert_eq!(
        texts_and_values(text, "2023-08-05"),
        [
            ("Wednesday", "2023-08-02".to_string()),
            ("Friday", "2023-08-11".to_string()),
            ("Friday", "2023-08-04".to_string())
        ]
    );
}

#[test]
fn a_half_of_anything_but_a_year_is_no_half_year() {
    let text = "Flights resume in the second half of January, in the first half of the match.";
    assert_eq!(
        texts_and_values(text, "2013-01-23"),
        [("January", "2013-01".to_string())]
    );
}

#[test]
fn every_rule_resolves_its_examples() {
    for &(text, published, span, kind, value) in RULES {
        let found = find_in(text, published.parse().unwrap());
        let got = found.last().map(|t| {
            let kind = serde_json::to_value(t.kind).unwrap();
            (
                t.span.text(text).to_string(),
                kind.as_str().unwrap_or("").to_string(),
                t.value.clone(),
            )
        });
        assert_eq!(
            got,
            Some((span.to_string(), kind.to_string(), value.to_string())),
            "{text:?} published {published}"
        );
    }
}

/// The rules whose matches in `text` resolve, published on `published`.
fn resolved_rules(text: &str, published: &str) -> Vec<Rule> {
    let sentences = [Sentence {
        span: ByteSpan::new(0, text.len()),
        line: 0,
    }];
    let mut context = resolve::Context {
        published: published.parse().ok(),
        ..resolve::Context::default()
    };
    let mut rules = Vec::new();
    for sentence in scan_text(text, &sentences) {
        for found in &sentence.found {
            if resolve::resolve(found, &sentence.cues, &sentence.clauses, &mut context).is_some() {
                rules.push(found.rule);
            }
        }
    }
    rules
}

/// The resolver table has a resolver for every rule (the compiler checks
/// that its match is exhaustive); this checks each one values the matches of
/// its rule in the examples above.
#[test]
fn every_rule_resolves_in_the_examples() {
    let resolved: Vec<Rule> = RULES
        .iter()
        .flat_map(|&(text, published, ..)| resolved_rules(text, published))
        .collect();
    for rule in super::grammar::RULES.iter().map(|r| r.rule) {
        assert!(resolved.contains(&rule), "no example resolves {rule:?}");
    }
}

/// Text that looks temporal but is not (text, published).
const NOT_DATES: &[(&str, &str)] = &[
    ("About 2000 troops crossed the border.", "2024-12-14"),
    // The day after no day told before, in the past: not the report's next day.
    ("A second convoy arrived the following day.", "2024-12-18"),
    ("How Assad's last night in Damascus unfolded", "2024-12-20"),
    ("It was their last week in Syria.", "2024-12-20"),
    // A decade in words after a possessive is an age.
    (
        "By his late thirties he was a chief petty officer.",
        "2024-03-05",
    ),
    ("She left the navy in her fifties.", "2024-03-05"),
    (
        "On the 20th anniversary of the war, flags flew.",
        "2024-12-14",
    ),
    ("She finished the 3rd in line.", "2024-12-14"),
    ("He birdied on the 15th and 17th holes.", "2024-12-14"),
    ("The fall of the regime surprised everyone.", "2024-12-14"),
    ("Hours after the fall, the palace was looted.", "2024-12-14"),
    ("Prices may fall further.", "2024-12-14"),
    ("He paid $1999 for the car.", "2024-12-14"),
    ("Call the embassy on +44 1908 516666.", "2024-12-14"),
    ("Its pilots flew 117 night sorties.", "2017-01-10"),
    ("A 30-year-old man was arrested.", "2024-12-14"),
    ("Future talks are planned.", "2024-12-14"),
    ("He paused for a second.", "2024-12-14"),
    ("About three-quarters of voters agreed.", "2024-12-14"),
    ("He won a quarter of the vote.", "2024-12-14"),
    ("Jan Kowalski spoke.", "2024-12-14"),
    ("The future of the two bases is unclear.", "2024-12-14"),
    ("Nobody studies the past of the port.", "2024-12-14"),
    // Years that date a source: a copyright's and a citation's.
    ("Satellite image (c) 2024 Maxar Technologies.", "2024-12-20"),
    (
        "\u{a9} 2025 Example News. Copyright 2025 Example News.",
        "2025-01-02",
    ),
    (
        "It kept 100 advisers there (Gorenburg 2012; Dorman et al. 2016).",
        "2023-03-02",
    ),
    (
        "Estimates differ (Sokolov and Petrov 2014, 45-47; Barry, 2013, p. 4).",
        "2023-03-02",
    ),
];

#[test]
fn skips_lookalikes() {
    for &(text, published) in NOT_DATES {
        let found = find_in(text, published.parse().unwrap());
        let spans: Vec<&str> = found.iter().map(|t| t.span.text(text)).collect();
        assert!(spans.is_empty(), "{text:?} gave {spans:?}");
    }
}

#[test]
fn a_year_in_brackets_without_authors_is_the_story_s() {
    let text = "Russia's first evacuation (2012) was small, unlike the war (2011-2024) or its end (in December 2024).";
    let values: Vec<String> = texts_and_values(text, "2025-01-10")
        .into_iter()
        .map(|(_, value)| value)
        .collect();
    assert_eq!(values, ["2012", "2011", "2024", "2024-12"]);
}

#[test]
fn a_weekday_with_a_day_of_the_month_is_that_day() {
    let values = |text| -> Vec<String> {
        texts_and_values(text, "2013-02-05")
            .into_iter()
            .map(|(_, value)| value)
            .collect()
    };
    assert_eq!(values("Tuesday, 22nd"), ["2013-01-22"]);
    assert_eq!(
        values("We flew on Tuesday the 22nd and landed on the 23rd."),
        ["2013-01-22", "2013-01-23"]
    );
    assert_eq!(
        values("By Friday 18th the embassy had closed."),
        ["2013-01-18"]
    );
    assert_eq!(
        values("The ferry will sail on Friday, 15th."),
        ["2013-02-15"]
    );
}

#[test]
fn keeps_explicit_dates_without_a_publication_date() {
    let text = "The lease was signed in 2017 and renewed on Dec. 9.";
    let sentences = [Sentence {
        span: ByteSpan::new(0, text.len()),
        line: 0,
    }];
    let values: Vec<String> = find(text, &sentences, None)
        .into_iter()
        .map(|t| t.value)
        .collect();
    assert_eq!(values, vec!["2017", "XXXX-12-09"]);
}

#[test]
fn takes_any_input_without_panicking() {
    let published: Date = "2024-02-29".parse().unwrap();
    for text in [
        "",
        "Feb. 31, 2024 and 99/99/9999 and 2024-13-45",
        "at 0 p.m. and 13 pm and 12:99 am",
        "the 0th century, the 99th century, '0s",
        "é£€ 2017€ Ωmega Tuesday’s ﬁrst quarter",
        "every 0 days for 99999999999999999999 years",
        "99999999999 decades ago, 99999 centuries later, 9999 months ago",
        "every 99999999 quarters and 4294967296 days later, 9999 decades ago",
        "since the—attacks of September 11 and the “attacks” of September 11",
    ] {
        let _ = find_in(text, published);
    }
}

/// Body text long enough that a date after it belongs to a comment or a
/// related article, not to the report.
const BODY: &str = "Ships carrying grain left the port in the early morning and sailed south \
    along the coast, escorted by two naval vessels, while officials at the harbour counted \
    the cargo and checked the papers of every crew member before allowing them to leave.";

/// (text, expected publication date, expected source)
const PUBLICATIONS: &[(&str, &str, &str)] = &[
    // Datelines, with or without a year; the year from the years named.
    ("MOSCOW, Jan. 21, 2013 (UPI) - Ships left port.\n", "2013-01-21", "dateline"),
    ("LONDON \u{2014} Dec. 14, 2024 \u{2014} Ships left port.\n", "2024-12-14", "dateline"),
    ("MOSCOW, Jan. 21 (UPI) - Ships left port after the 2012 talks.\n", "2012-01-21", "dateline"),
    // A digest's items have datelines of their own days: the stamp dates it.
    (
        "CRISIS WATCH WEEKLY\nIssue No. 187 | Friday, 15 September 2023\n\
         DERNA, 14 September \u{2014} Rescue teams were still pulling bodies from the mud.\n\
         KUPIANSK, 13 September \u{2014} Officials ordered families to leave 37 villages.\n",
        "2023-09-15",
        "dateline",
    ),
    // A world event the report tells of dates it past a year it recalls.
    (
        "MOSCOW, December 11. /TASS/. The ministry is ready to fly citizens home, as it did in \
         2013. The army announced the end of the rule of Bashar Assad.\n",
        "2024-12-11",
        "dateline",
    ),
    // After a world event the report names, the first such day after it
    // (the fall of Assad, 2024-12-08, named with his particle).
    (
        "MOSCOW, Dec 18 (Reuters) - Ships left Tartus after the fall of President Bashar \
         al-Assad. Russia had sent them in 2015.\n",
        "2024-12-18",
        "dateline",
    ),
    (
        "MOSCOW, Dec 2 (Reuters) - Ships left Tartus after the fall of Assad.\n",
        "2025-12-02",
        "dateline",
    ),
    // Not before a month it tells as past: the first year after it whose
    // 19 February is the Tuesday it names.
    (
        "MOSCOW, Feb 19 (RIA Novosti) - A plane carrying 99 Russians landed late on Tuesday. \
         The violence has killed 70,000 people since March 2011.\n",
        "2013-02-19",
        "dateline",
    ),
    // The year whose 13 February is the Sunday the report names, within the
    // copyright year.
    (
        "KYIV, Feb 13 \u{2013} Diplomats left the capital on Sunday. The mission has been in \
         Lviv since 2014.\n\u{a9} 2022 The Example Post\n",
        "2022-02-13",
        "dateline",
    ),
    // Bylines and header lines.
    ("Ships leave\nPublished 14 December 2024\nShips left port on Friday.\n", "2024-12-14", "dateline"),
    ("Ships leave\nSat 14 Dec 2024 10.32 GMT\nShips left port.\n", "2024-12-14", "dateline"),
    (
        "SYRIA: Flash Update No. 3 - Humanitarian impact of hostilities in north-west Syria \
         (as of 4 December 2024)\nSince 27 November, 115,000 people have fled.\n",
        "2024-12-04",
        "dateline",
    ),
    ("Ships leave\nPosted 2024-12-14T09:30:00Z\nShips left port.\n", "2024-12-14", "dateline"),
    ("Ships leave\n5th March 2022 \u{b7} 3 min read\nShips left port.\n", "2022-03-05", "dateline"),
    (
        "Ships leave\nBy Jane Roe | Published: Mar. 5, 2022, 9:42 PM IST | Updated: March 7, 2022\n",
        "2022-03-05",
        "dateline",
    ),
    (
        "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Wed, Nov 20, 2019\nShips left.\n",
        "2019-11-19",
        "dateline",
    ),
    ("Ships leave\nPublished Wed, Nov 20 20194:29 AM EST\nShips left.\n", "2019-11-20", "dateline"),
    // Numeric dates: month first unless a day over 12 shows the text's order.
    ("Ships leave\nBy Jane Roe - 11/03/19 06:56 AM EST\nShips left.\n", "2019-11-03", "dateline"),
    (
        "Ships leave\nBy Jane Roe 05/03/2022 09:42\nShips left.\nComments\n25/03/2022 Good.\n",
        "2022-03-05",
        "dateline",
    ),
    ("Ships leave\nPosted 12/24/98 10:00 AM\nShips left.\n", "1998-12-24", "dateline"),
    // Dots before a year of four digits: day first, as Europe and Turkey write it.
    (
        "Ships leave\nJane Roe |11.03.2024 - Update : 11.03.2024\nShips left.\n",
        "2024-03-11",
        "dateline",
    ),
    // Year first with slashes or dots, day first with hyphens.
    ("Ships leave\nPosted on 2024.12.14\nShips left.\n", "2024-12-14", "dateline"),
    ("Ships leave\n2024/12/14 10:31\nShips left.\n", "2024-12-14", "dateline"),
    ("Ships leave\nDate: 14-12-2024\nShips left.\n", "2024-12-14", "dateline"),
    // "a.m." is part of the time, not words of a sentence.
    ("Ships leave\nJane Roe, December 14 2024, 10:31 a.m.\n", "2024-12-14", "dateline"),
    // The ends of a period date an event, not the page.
    (
        "Harbour festival\n5 April 2024 ~ 20 May 2024\nShips leave\n\
         December 14, 2024/2 Comments/in News /by admin\nShips left.\n",
        "2024-12-14",
        "dateline",
    ),
    // A few words beside the date, without a closing stop, still make a header.
    ("Ships leave\n21/06/2014 Jane Roe Books, Reviews\nShips left.\n", "2014-06-21", "dateline"),
    // A byline with a time beats a lone date of the site's header.
    (
        "Wed, Nov 20, 2019\nMenu\nShips leave\nBy Jane Roe On 11/13/19 at 4:00 PM EST\nShips left.\n",
        "2019-11-13",
        "dateline",
    ),
    // Embedded posts and comments after the body are not the report's date.
    (
        "Ships leave\nJane Roe, 2 May 2019\n\u{2014} Jane Roe (@janeroe) May 3, 2019 10:02 AM\n",
        "2019-05-02",
        "dateline",
    ),
    // An update's date gives way to a date not said to be one, on its own line too.
    (
        "Ships leave\nSat 14 Dec 2024 10.32 GMT\nLast modified on Sun 15 Dec 2024 09.00 GMT\n\
         Ships left.\n",
        "2024-12-14",
        "dateline",
    ),
    (
        "Ships leave\nUpdated on: December 15, 2024 / 9:00 AM\nDecember 14, 2024 / 8:16 AM\n",
        "2024-12-14",
        "dateline",
    ),
    // An update moves back to a weekday the report names up to two days before it.
    ("Ships leave\nUpdated: Dec. 15, 2024\nShips left port on Friday.\n", "2024-12-13", "dateline"),
    ("Ships leave\nUpdated: Dec. 15, 2024\nShips left port on Tuesday.\n", "2024-12-15", "dateline"),
    ("Ships leave\nUpdated 3:12 PM ET, Sat March 6, 2021\nShips left.\n", "2021-03-06", "dateline"),
    // The latest full date reported as past, not a plan.
    ("The deal was signed on March 3, 2021. Both sides met again on Friday.", "2021-03-03", "text"),
    (
        "The vote took place on 2 March 2025. A new vote will be held on 5 May 2025.",
        "2025-03-02",
        "text",
    ),
    // After a world event, the weekday of the lead; later sentences go back.
    (
        "Russia helped after the fall of Assad. The ships returned on Thursday. They had left \
         on Tuesday.",
        "2024-12-12",
        "knowledge",
    ),
    (
        "Aid reached Syria on Tuesday after the fall of Assad. A minister had said on Saturday \
         that ships were ready.",
        "2024-12-10",
        "knowledge",
    ),
    (
        "A frigate took 225 foreigners out of Aden on Sunday as Saudi-led airstrikes went on.",
        "2015-03-29",
        "knowledge",
    ),
    (
        "Aid reached Latakia on Tuesday, days after the collapse of the Assad regime.",
        "2024-12-10",
        "knowledge",
    ),
    (
        "KABUL, Oct 9 (Reuters) - Relief flights landed on Monday, two days after the Herat \
         earthquake.",
        "2023-10-09",
        "dateline",
    ),
    (
        "PARIS, April 15 (Reuters) - Donors pledged aid on Monday, a year after war broke out \
         between the army and the Rapid Support Forces.",
        "2024-04-15",
        "dateline",
    ),
    // A dateline's day is the day of the lead's weekday, or the day after it.
    (
        "LONDON, Oct 12 (Reuters) - Britain will run charter flights, the minister said on \
         Thursday. Canada flew 130 people out on Wednesday, and President Joe Biden spoke on \
         Saturday.",
        "2023-10-12",
        "dateline",
    ),
    (
        "SEOUL, April 25 (Reuters) - South Korea said on Tuesday all 28 of its citizens had \
         left Sudan, where fighting broke out between the army and the paramilitary Rapid \
         Support Forces.",
        "2023-04-25",
        "dateline",
    ),
    // A day without a year in the weeks after the latest full date is later
    // news of the story; one before it is not.
    (
        "The last jets left the base on Dec. 31, 2024. On Jan. 21, the new authorities \
         terminated the lease.",
        "2025-01-21",
        "text",
    ),
    (
        "On Dec. 2 the ships sailed. The last jets left the base on Dec. 31, 2024.",
        "2024-12-31",
        "text",
    ),
    // A dateline's day without a year after a world event.
    (
        "PARIS, Aug 2 (Reuters) - France began evacuating its citizens on Tuesday, a week after \
         soldiers ousted President Mohamed Bazoum.",
        "2023-08-02",
        "dateline",
    ),
    // A weekday named with a time of day, and a world event told in a clause
    // set off by commas.
    (
        "The last flight left a minute before midnight on Monday. The Taliban, who took Kabul \
         on August 15, fired into the air. A bomb killed 13 troops on Thursday.",
        "2021-08-16",
        "knowledge",
    ),
    // The day after the lead's when the report names it too.
    (
        "Aid reached Syria on Tuesday after the fall of Assad. More trucks crossed on \
         Wednesday. A minister had said on Saturday that ships were ready.",
        "2024-12-11",
        "knowledge",
    ),
    // A day without a year takes the page's copyright year; without one it
    // tells nothing.
    (
        "The ferry sailed on Nov. 19 with 300 people aboard.\n\u{a9} 2019 Harbour News",
        "2019-11-19",
        "text",
    ),
    ("The ferry sailed on Nov. 19 with 300 people aboard.", "", "none"),
    // Also after a world event long before it.
    (
        "Aid has reached Syria since the fall of Assad. On Nov. 8 a minister said ships were \
         ready.\n\u{a9} 2026 Harbour News",
        "2026-11-08",
        "text",
    ),
    // A day that the copyright year puts before a later world event: the
    // event (8 December 2024), then the weekday of the report's lead. The
    // day was 27 November 2026 (a Friday) when the event's floor, past the
    // copyright year, let every year in.
    (
        "Assad flees Damascus as rebels take the capital.\nAt least 910 people have been \
         killed since the offensive began on 27 November. On Friday the rebels took Homs.\n\
         \u{a9} 2024 Northline Media",
        "2024-12-13",
        "knowledge",
    ),
    ("Nothing here tells the day.", "", "none"),
    // A dateline's day without a year: a year the text names only as history
    // is not the report's when it does not give the lead's weekday; a page's
    // copyright year bounds it.
    (
        "TAMPA, Florida, Oct 8 (Reuters) - People left on Tuesday. The bay has not taken a \
         direct hit since 1921.",
        "",
        "none",
    ),
    (
        "TOKYO, Oct 21 (Kyodo) -- A plane carrying 51 Japanese landed on Saturday. The conflict \
         began when Hamas militants crossed into Israel from Gaza.",
        "2023-10-21",
        "dateline",
    ),
    (
        "DAMASCUS, Jan 30 (Reuters) - Syria refused to let a Russian ship dock, in a sign of \
         strained ties with the country's new Islamist-led government.",
        "2025-01-30",
        "dateline",
    ),
    // Named storms and the Rafah operation are world events (the report's day
    // is then the first Friday after it).
    (
        "TAMPA, Florida, Oct 8 (Reuters) - People left on Tuesday as Hurricane Milton neared. \
         The bay has not taken a direct hit since 1921.",
        "2024-10-08",
        "dateline",
    ),
    (
        "Aid trucks rolled off the pier on Friday. Since Israel began its operation in Rafah, \
         little aid has come through.",
        "2024-05-10",
        "knowledge",
    ),
    (
        "Posted Nov 19, 6:51 AM\n\nPolice said on Friday that the road had been shut since 2017.\n\
         \u{a9} 2019 Harbour News",
        "2019-11-19",
        "dateline",
    ),
    // Days across a new year, under a copyright year: the last is January's.
    (
        "The ships had docked on Dec. 8. One was seen off Libya on Jan. 5, and the governor \
         cancelled the contract on Jan. 21.\n\nCopyright 2025 The Harbour Press.",
        "2025-01-21",
        "text",
    ),
    // Days told again count once; a month's 31st stays its own.
    (
        "The ships had docked on Dec. 31. They left on Jan. 31, and on Jan. 31 the port \
         closed; by Dec. 31 most crews had gone home.\n\nCopyright 2025 The Harbour Press.",
        "2025-01-31",
        "text",
    ),
];

#[test]
fn infers_publication_dates() {
    for &(text, want, source) in PUBLICATIONS {
        let article = Article::new("a", text, None).unwrap();
        let sentences = crate::sentences::split(text, &[ByteSpan::new(0, text.len())]);
        let got = publication(&article, &super::scan_text(text, &sentences), false);
        let got_source = serde_json::to_value(got.source).unwrap();
        assert_eq!(
            (
                got.value.map(|d| d.to_string()).unwrap_or_default(),
                got_source.as_str().unwrap_or("")
            ),
            (want.to_string(), source),
            "{text:?}"
        );
    }
}

#[test]
fn a_live_page_whose_times_are_furniture_is_of_its_update_s_day() {
    // The clean stage keeps the times apart from the story; the page it finds
    // live still runs up to the update's own day, not to "Tuesday".
    let text = "Niger coup: France begins evacuating foreigners from Niamey\n\n\
                Last updated: 2 August 2023, 14:52 CEST\n\nBy Jane Roe\n\n14:52\n\
                Spain's defence ministry says an A400M has taken off to collect Spanish \
                nationals. Madrid says about 70 Spaniards have asked to leave.\n\n13:05\n\
                Germany asks citizens to join French flights\nBerlin has asked the German \
                civilians believed to be in Niger to take seats on the French flights, a \
                spokesperson said.\n\n08:30\nThe evacuation operation began on Tuesday. The \
                French army said its aircraft would fly from Niamey's airport.\n";
    let article = Article::new("a", text, None).unwrap();
    let published = crate::analyze(&article).published;
    assert_eq!(published.value.as_deref(), Some("2023-08-02"));
}

#[test]
fn a_live_report_s_update_is_its_own_day() {
    // The page's lines are its body, as the clean stage gives them.
    let text = "Last updated 25 April 2023, 18:42 BST\n17:15 BST\nThe last plane left on Monday \
                night.\n12:30 BST\nResidents reported gunfire this morning.";
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        lines.push(ByteSpan::new(start, start + line.len()));
        start += line.len() + 1;
    }
    let article = Article::new("a", text, None).unwrap();
    let sentences = crate::sentences::split(text, &lines);
    let got = publication(&article, &super::scan_text(text, &sentences), false);
    assert_eq!(got.value.map(|d| d.to_string()), Some("2023-04-25".into()));
}

#[test]
fn ignores_a_comment_date_after_the_body() {
    let text = format!("Ships leave\nby Jane Roe June 12, 2014\n{BODY}\n{BODY}\n{BODY}\n{BODY}\n{BODY}\n{BODY}\nJohn Doe 20/11/2019 11:54 am\n");
    let article = Article::new("a", &text, None).unwrap();
    let got = publication(&article, &[], false);
    assert_eq!(
        got.value.map(|d| d.to_string()).as_deref(),
        Some("2014-06-12")
    );
}

/// The publication date inferred from `text` with no sentence scanned, as a
/// string ("" for none), and its evidence.
fn inferred(text: &str) -> (String, Option<String>) {
    let article = Article::new("a", text, None).unwrap();
    let got = publication(&article, &[], false);
    (
        got.value.map(|d| d.to_string()).unwrap_or_default(),
        got.evidence,
    )
}

#[test]
fn reads_a_numeric_header_date_in_the_order_of_the_named_ones() {
    let text = "France ends Niger airlift\nParis, 03/08/2023\n\
                The last flight left Niamey on 2 August, the ministry said.\n";
    assert_eq!(inferred(text).0, "2023-08-03");
}

#[test]
fn prefers_the_stamp_right_above_the_first_paragraph() {
    let text = format!(
        "Harbour news\nCranes arrive\n14 Dec 2024 10:32\nShips leave\nJane Roe\n15 Dec 2024 09:10\n{BODY}\n"
    );
    assert_eq!(inferred(&text).0, "2024-12-15");
}

#[test]
fn dates_a_weekday_stamp_after_the_full_dates_above_it() {
    let text = format!(
        "Recent from Jane Roe\nPorts reopen after the storm\n11/13/19 11:00AM\nCranes arrive\n\
         11/12/19 4:40PM\nShips leave\nJane Roe\nMonday 5:30PM\n{BODY}\n"
    );
    assert_eq!(
        inferred(&text),
        ("2019-11-18".to_string(), Some("Monday 5:30PM".to_string()))
    );
    let posted = format!("11/13/19 11:00AM\nShips leave\nPosted: Tue, 9:05 am EST\n{BODY}\n");
    assert_eq!(inferred(&posted).0, "2019-11-19");
}

#[test]
fn a_weekday_stamp_with_nothing_to_count_from_is_no_date() {
    let text = format!("Ships leave\nJane Roe\nMonday 5:30PM\n{BODY}\n");
    assert_eq!(inferred(&text).0, "");
    let relative = format!("Ships leave\nPublished 22 hours ago\nYesterday 2:45PM\n{BODY}\n");
    assert_eq!(inferred(&relative).0, "");
}

#[test]
fn tells_the_line_that_gave_the_date() {
    let text = "Ships leave\n  Posted 14 Dec 2024, 10:32  \nShips left port.\n";
    let article = Article::new("a", text, None).unwrap();
    let got = publication(&article, &[], false);
    assert_eq!(got.evidence.as_deref(), Some("Posted 14 Dec 2024, 10:32"));
    let given = Article::new("a", text, Some("2024-12-20")).unwrap();
    assert_eq!(publication(&given, &[], false).evidence, None);
}

#[test]
fn keeps_a_given_publication_date() {
    let article = Article::new(
        "a",
        "MOSCOW, Jan. 21, 2013 (UPI) - Ships left.",
        Some("2013-01-22"),
    )
    .unwrap();
    let got = publication(&article, &[], false);
    assert_eq!(
        (got.value.map(|d| d.to_string()), got.source),
        (Some("2013-01-22".to_string()), PublishedSource::Given)
    );
}
