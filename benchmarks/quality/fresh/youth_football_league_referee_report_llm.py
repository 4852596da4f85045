"""Youth football league referee reports: the first design, before any security review.

After a match with misconduct (a dismissal, abuse of a match official, a touchline
or spectator incident), the referee files a report on the league's web portal;
the club named in it can add its observations there. Both sign in with a league
portal account (e-mail and password). A case summary service gathers the report,
the club's observations, the players' registrations and disciplinary history and
the league's disciplinary regulations, and asks a hosted LLM to draft a case
summary: what happened, who was involved and which regulation appears to apply.
The league's discipline secretary reviews and edits every draft before it is
released; the discipline panel (volunteers, signing in with a password and an SMS
code) reads it with the original report and records its decision, which goes to
the disciplinary records. Players are under 18, so the data is children's
personal data under GDPR; the LLM vendor was vetted for zero-retention terms.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth football league referee report assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Turns referees' misconduct reports into case summaries for the discipline panel.",
)

# ---------------------------------------------------------------- data assets
match_report = tg.Data(
    "Referee match report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text account of misconduct naming players (minors), coaches and spectators.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
observations = tg.Data(
    "Club observations",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The club's response to the report, with witness statements.",
)
registrations = tg.Data(
    "Player registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, club, age group and registration number.",
)
history = tg.Data(
    "Disciplinary history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
regulations = tg.Data(
    "Disciplinary regulations and sanction guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
case_prompt = tg.Data(
    "Case summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the report, observations, history and the relevant regulations.",
)
draft = tg.Data("Draft case summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary = tg.Data(
    "Case summary",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The summary as approved by the discipline secretary.",
)
panel_decision = tg.Data("Panel decision", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data(
    "Case notification e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Case reference and a link to the panel portal; no names.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files misconduct reports after the match, from a phone or home computer.
    referee = tm.add(tg.Actor("Referee", role="match official"))
    # Answers reports about the club's players, coaches and supporters.
    club_secretary = tm.add(tg.Actor("Club secretary", role="club official"))
    # Volunteer panel members who hear the cases from home.
    panel_member = tm.add(tg.Actor("Discipline panel member", role="panel member"))

with tm.boundary("League office", trust=tg.Trust.INTERNAL):
    # League employee who runs the discipline process and approves every summary.
    secretary = tm.add(
        tg.Actor("League discipline secretary", role="discipline secretary", privileged=True)
    )

with tm.boundary("League cloud", trust=tg.Trust.INTERNAL):
    # Where referees file reports and clubs add their observations.
    report_portal = tm.add(
        tg.Endpoint(
            "Referee report portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="league portal account, e-mail and password")},
        )
    )
    # Reports and club observations, per case.
    report_db = tm.add(
        tg.DataStore(
            "Match report database",
            stores={match_report, observations},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The league's registration of every player, to match names in reports to players.
    registration_db = tm.add(tg.DataStore("Player registration system", stores={registrations}))
    # Past charges and sanctions per player and coach.
    records_db = tm.add(
        tg.DataStore(
            "Disciplinary records",
            stores={history, panel_decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The league's published rules, kept as reference text for the prompt.
    regs_store = tm.add(tg.DataStore("Disciplinary regulations library", stores={regulations}))
    # Builds the prompt, calls the LLM, and hosts the secretary's review screen.
    summariser = tm.add(
        tg.Service(
            "Case summary service",
            description="Assembles each case, asks the LLM for a draft and holds it for review.",
            controls={
                c.Authentication(method="league Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="the league discipline secretary"),
            },
        )
    )
    # Drafts and approved summaries.
    summary_store = tm.add(tg.DataStore("Case summary store", stores={draft, summary}))
    # Where the panel reads released cases and records decisions.
    panel_portal = tm.add(
        tg.Endpoint(
            "Discipline panel portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with SMS code"),
                c.RBAC(note="panel members see only the cases listed for their hearing"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; writes the draft summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="zero-retention, no-training API terms checked")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the "case ready" e-mails to panel members.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(referee, report_portal, match_report, protocol="https")
tm.flow(club_secretary, report_portal, observations, protocol="https")
tm.flow(
    report_portal, club_secretary, match_report, protocol="https", label="report about their club"
)
tm.flow(report_portal, report_db, match_report, observations)
tm.flow(report_db, report_portal, match_report, observations)

tm.flow(report_db, summariser, match_report, observations)
tm.flow(registration_db, summariser, registrations)
tm.flow(records_db, summariser, history)
tm.flow(regs_store, summariser, regulations)
tm.flow(summariser, llm, case_prompt, protocol="https")
tm.flow(llm, summariser, draft, protocol="https")
tm.flow(summariser, summary_store, draft, summary)
tm.flow(summary_store, summariser, draft)
tm.flow(summariser, secretary, draft, match_report, protocol="https", label="review screen")
tm.flow(secretary, summariser, summary, protocol="https", label="edits and approves")

tm.flow(summariser, mailer, notification, protocol="https")
tm.flow(mailer, panel_member, notification, protocol="smtp+starttls")
tm.flow(summary_store, panel_portal, summary)
tm.flow(report_db, panel_portal, match_report, observations)
tm.flow(panel_portal, panel_member, summary, match_report, observations, protocol="https")
tm.flow(panel_member, panel_portal, panel_decision, protocol="https")
tm.flow(panel_portal, records_db, panel_decision)
