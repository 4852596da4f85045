"""Pub quiz league question writer and score submission: the first design.

A county pub quiz league (about forty teams in twelve pubs, run by volunteers) wants
help writing weekly question sets. A drafting job takes facts from the league's fact
library, which setters fill from reference websites, and asks a hosted LLM to turn
them into rounds of questions and answers. Volunteer setters check, edit and approve
each draft in a setter portal; approved packs are e-mailed to quizmasters the day
before match night. After each match the quizmaster submits the scores from their
phone's browser and the public league table website updates at once. The secretary
administers teams, fixtures and accounts. One small hosted web app, one managed
database. Controls: HTTPS, e-mail and password sign-in, setter approval of every
question, range checks on submitted scores and a log of score changes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pub quiz league question writer and score submission",
    profile=tg.RiskProfile.LOW,
    description="LLM-drafted question sets checked by volunteer setters, and match scores "
    "submitted by quizmasters to the public league table.",
)

# ---------------------------------------------------------------- data assets
reference_pages = tg.Data(
    "Reference web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
facts = tg.Data(
    "Fact library entries",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short facts with topic, difficulty and source link, added by setters.",
)
draft_prompt = tg.Data(
    "Question drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
draft_output = tg.Data(
    "Drafted questions and answers", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
question_sets = tg.Data(
    "Question sets",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Must stay secret until match night, or a team can learn the answers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
setter_edits = tg.Data(
    "Setter edits and approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
quiz_pack = tg.Data(
    "Match night quiz pack", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score_sheet = tg.Data("Match score submission", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
league_records = tg.Data(
    "Teams, fixtures and results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
volunteer_accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, phone numbers and password hashes of setters and quizmasters.",
)
league_table = tg.Data("League table", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
admin_changes = tg.Data(
    "Fixture and account changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who write and check the questions, from home.
    setter = tm.add(tg.Actor("Question setter", role="volunteer setter"))
    # Runs the quiz in the pub and submits the final scores.
    quizmaster = tm.add(tg.Actor("Quizmaster", role="volunteer quizmaster"))
    # The quizmaster's own phone, used in the pub to send scores.
    quizmaster_phone = tm.add(tg.Device("Quizmaster phone browser", fleet=True))
    # Players and fans who look at the table.
    public = tm.add(tg.Actor("Website visitor", role="public"))
    # Encyclopaedia and news pages setters take facts from.
    reference_web = tm.add(
        tg.DataSource("Reference websites", origin=tg.Origin.PUBLIC_WEB, provides={reference_pages})
    )

with tm.boundary("League committee", trust=tg.Trust.INTERNAL):
    # Sets up seasons, teams, fixtures and volunteer accounts; corrects results.
    secretary = tm.add(tg.Actor("League secretary", role="administrator", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the questions from the facts it is given.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the quiz packs to quizmasters.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Web host", trust=tg.Trust.INTERNAL):
    # Where setters add facts and review drafts.
    setter_portal = tm.add(
        tg.Endpoint(
            "Setter portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Takes scores from quizmasters and admin changes from the secretary.
    score_api = tm.add(
        tg.Endpoint(
            "Score submission and admin API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="scores must be whole numbers within the round maximums"),
            },
        )
    )
    # The public league table pages.
    website = tm.add(tg.Endpoint("League table website", purpose=tg.EndpointPurpose.API))
    # Builds a draft set from the fact library with the LLM, once a week.
    drafter = tm.add(
        tg.Service(
            "Weekly question drafting job",
            description="Picks unused facts by topic and difficulty, prompts the LLM, stores drafts.",
            controls={c.SecretsManagement(note="LLM API key in the host's secret settings")},
        )
    )
    # Sends each approved pack to that night's quizmasters.
    pack_sender = tm.add(tg.Service("Quiz pack sender"))

    with tm.boundary("Managed database", trust=tg.Trust.RESTRICTED):
        # The facts setters have collected.
        fact_library = tm.add(tg.DataStore("Fact library", stores={facts}))
        # Drafts and approved sets, waiting for match night.
        question_bank = tm.add(
            tg.DataStore(
                "Question bank",
                stores={question_sets},
                controls={
                    c.HumanInTheLoop(
                        approver="a volunteer setter",
                        note="every question is checked before a set is approved",
                    )
                },
            )
        )
        # Teams, fixtures, results and accounts.
        league_db = tm.add(
            tg.DataStore(
                "League database",
                stores={league_records, volunteer_accounts},
                controls={
                    c.AuditLogging(
                        note="every score entry and correction is logged with who made it"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# building the fact library
tm.flow(reference_web, setter, reference_pages, protocol="https")
tm.flow(setter, setter_portal, facts, protocol="https", label="adds facts")
tm.flow(setter_portal, fact_library, facts)

# drafting
tm.flow(fact_library, drafter, facts, label="weekly batch of unused facts")
tm.flow(drafter, llm, draft_prompt, facts, protocol="https")
tm.flow(llm, drafter, draft_output, protocol="https")
tm.flow(drafter, question_bank, draft_output)

# setter review
tm.flow(question_bank, setter_portal, draft_output, question_sets)
tm.flow(setter_portal, setter, draft_output, question_sets, protocol="https")
tm.flow(setter, setter_portal, setter_edits, protocol="https")
tm.flow(setter_portal, question_bank, setter_edits, question_sets)

# match night
tm.flow(question_bank, pack_sender, question_sets, label="approved set, day before")
tm.flow(
    league_db,
    pack_sender,
    volunteer_accounts,
    league_records,
    label="that night's fixtures and quizmasters",
)
tm.flow(pack_sender, mail, quiz_pack, protocol="https")
tm.flow(mail, quizmaster, quiz_pack, protocol="smtp")

# scores
tm.flow(quizmaster, quizmaster_phone, score_sheet)
tm.flow(quizmaster_phone, score_api, score_sheet, protocol="https")
tm.flow(score_api, quizmaster_phone, league_records, protocol="https", label="confirmation")
tm.flow(score_api, league_db, score_sheet, league_records)
tm.flow(league_db, score_api, volunteer_accounts, label="sign-in check")
tm.flow(secretary, score_api, admin_changes, protocol="https")
tm.flow(score_api, secretary, league_records, volunteer_accounts, protocol="https")
tm.flow(score_api, league_db, admin_changes)
tm.flow(league_db, setter_portal, volunteer_accounts, label="sign-in check")

# public table
tm.flow(league_db, website, league_records)
tm.flow(public, website, protocol="https", label="page request")
tm.flow(website, public, league_table, protocol="https")
