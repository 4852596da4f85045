"""Quiz show contestant vetting: the first design, before any security review.

A TV production company in the UK is casting a new series of a quiz show. Members
of the public apply through a web portal: they create an account, fill in a long
form (contact details, background, past TV appearances, social media handles, a
criminal convictions declaration) and upload a short audition video. For each new
application a vetting agent asks a hosted LLM to summarise the form, then runs
web and social media searches through a search API vendor for press coverage or
posts that could embarrass the broadcaster, and has the LLM write a red-flag note
and a suitability score. The casting team works through the ranked list in an
internal casting app (company SSO) and watches the videos of the top applicants;
the compliance producer signs off each chosen contestant in the same app. Outcome
e-mails go out through an e-mail provider. Forms and videos are to be deleted at
the end of the series for everyone who was not cast.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Quiz show contestant vetting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted screening of quiz show applicants, with casting and compliance review.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Contact details, date of birth, background, social handles, convictions declaration.",
)
video = tg.Data("Audition video", kind="media", sensitivity=tg.Sensitivity.PII)
receipt = tg.Data("Application receipt", kind="records", sensitivity=tg.Sensitivity.PII)
vetting_prompt = tg.Data(
    "Vetting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application form and the search results gathered so far.",
)
llm_output = tg.Data(
    "Summary, red flags and score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
search_query = tg.Data(
    "Applicant search query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant name, town and social handles.",
)
search_results = tg.Data(
    "Search results about the applicant",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Snippets and links from news sites and public social media posts.",
)
public_posts = tg.Data(
    "Public posts and news articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
vetting_report = tg.Data(
    "Vetting report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="LLM summary, red-flag note with sources, and suitability score per applicant.",
)
shortlist = tg.Data("Casting shortlist", kind="records", sensitivity=tg.Sensitivity.PII)
sign_off = tg.Data("Compliance sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outcome_email = tg.Data("Outcome e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who want to be on the show.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))
    # What the searches reach: news sites and public social media profiles.
    public_web = tm.add(
        tg.DataSource(
            "Public social media and news",
            origin=tg.Origin.PUBLIC_WEB,
            provides={public_posts},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model; summarises, flags and scores.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Scores suitability 1-10; the score orders the casting team's list.",
            controls={
                c.SupplierAssessment(note="procurement review and DPA, no training on our data")
            },
        )
    )

with tm.boundary("Search vendor", trust=tg.Trust.PARTNER):
    # Commercial web and social search API, queried per applicant.
    search_api = tm.add(tg.ExternalService("Web search API", provides="data-provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for outcome messages.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # Public application site; the only thing applicants reach.
    portal = tm.add(
        tg.Endpoint(
            "Application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form schema; video type and size checks"),
            },
        )
    )
    # Holds every submitted form and its casting status.
    application_db = tm.add(
        tg.DataStore(
            "Application database",
            stores={application, shortlist, sign_off},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(
                    days=365, note="unsuccessful applicants deleted after the series"
                ),
            },
        )
    )
    # Object storage for audition videos.
    video_store = tm.add(
        tg.DataStore(
            "Audition video bucket",
            stores={video},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(
                    days=365, note="unsuccessful applicants deleted after the series"
                ),
            },
        )
    )
    # Runs once per new application: summarise, search, assess, score.
    agent = tm.add(
        tg.Agent(
            "Vetting agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # The agent's only tool: wraps the search vendor's API.
    search_tool = tm.add(
        tg.Tool(
            "Web and social search tool",
            capabilities={"read", "network-egress"},
        )
    )
    # Where the agent's per-applicant reports land.
    report_store = tm.add(
        tg.DataStore(
            "Vetting report store",
            stores={vetting_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app for casting and compliance.
    casting_app = tm.add(
        tg.Service(
            "Casting review app",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="compliance producer"),
            },
        )
    )

with tm.boundary("Production office", trust=tg.Trust.INTERNAL):
    # Researchers and casting producers who pick the contestants.
    casting_team = tm.add(tg.Actor("Casting team", role="casting researcher"))
    # Signs off every contestant before they are invited.
    compliance = tm.add(tg.Actor("Compliance producer", role="compliance", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, video, protocol="https")
tm.flow(portal, applicant, receipt, protocol="https")
tm.flow(portal, application_db, application)
tm.flow(portal, video_store, video)

tm.flow(application_db, agent, application, label="new application")
tm.flow(agent, llm, vetting_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, search_api, search_query, protocol="https")
tm.flow(public_web, search_api, public_posts, protocol="https", label="vendor crawl")
tm.flow(search_api, search_tool, search_results, protocol="https")
tm.flow(search_tool, agent, search_results)
tm.flow(agent, report_store, vetting_report)

tm.flow(report_store, casting_app, vetting_report)
tm.flow(application_db, casting_app, application)
tm.flow(video_store, casting_app, video)
tm.flow(casting_app, casting_team, vetting_report, application, video, protocol="https")
tm.flow(casting_team, casting_app, shortlist, protocol="https")
tm.flow(casting_app, compliance, vetting_report, application, shortlist, protocol="https")
tm.flow(compliance, casting_app, sign_off, protocol="https")
tm.flow(casting_app, application_db, shortlist, sign_off)
tm.flow(casting_app, email, outcome_email, protocol="https")
tm.flow(email, applicant, outcome_email, protocol="smtp")
