"""Customer feedback insights: the first design, before any security review.

Every week the product team gets a report on what users say about our consumer
app, which has users in the EU. A scheduled ingestion job pulls app-store reviews
from the Apple and Google APIs, support tickets from the helpdesk SaaS and answers
from the survey SaaS into the cloud data warehouse (encrypted at rest, role-based
access). A report job sends the week's feedback to a hosted LLM API, which
clusters it into themes, summarises each theme and picks representative quotes;
the report is posted to the product team's Slack channel and saved for the
internal dashboard (company SSO). Product managers can ask follow-up questions by
mentioning the bot in Slack; the bot pulls the matching feedback from the
warehouse and asks the same LLM. The LLM vendor was reviewed by procurement and
does not train on our data; connector and API keys are kept in a secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customer feedback insights",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly LLM-written report on reviews, tickets and surveys, with a Slack Q&A bot.",
)

# ---------------------------------------------------------------- data assets
reviews = tg.Data(
    "App-store reviews",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Public review text, rating and reviewer nickname.",
)
tickets = tg.Data(
    "Support tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket text written by customers, with name, e-mail and account id.",
)
survey_answers = tg.Data(
    "Survey answers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text and score answers, linked to the respondent's e-mail.",
)
feedback = tg.Data(
    "Feedback records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Reviews, tickets and survey answers normalised into one table.",
)
report_prompt = tg.Data(
    "Report prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the week's feedback texts, verbatim.",
)
llm_output = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Weekly feedback report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Themes, summaries, trend counts and verbatim customer quotes.",
)
question = tg.Data("Follow-up question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
qa_prompt = tg.Data(
    "Q&A prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The question with the matching feedback texts.",
)
answer = tg.Data("Bot answer", kind="model-output", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can post a review of the app.
    app_stores = tm.add(
        tg.DataSource(
            "App-store reviews API",
            origin=tg.Origin.PUBLIC_WEB,
            provides={reviews},
            description="Apple App Store Connect and Google Play review APIs.",
        )
    )

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Where customers' support conversations live.
    helpdesk = tm.add(tg.DataSource("Helpdesk", origin=tg.Origin.USER_UPLOAD, provides={tickets}))

with tm.boundary("Survey SaaS", trust=tg.Trust.PARTNER):
    # In-app and e-mail surveys answered by users.
    surveys = tm.add(
        tg.DataSource("Survey tool", origin=tg.Origin.USER_UPLOAD, provides={survey_answers})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Clusters, summarises and answers questions; called over its public API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on API data")},
        )
    )

with tm.boundary("Slack workspace", trust=tg.Trust.PARTNER):
    # The product team's channel, where the report lands and PMs talk to the bot.
    slack = tm.add(tg.ExternalService("Slack", description="The #product-feedback channel."))

with tm.boundary("Data platform", trust=tg.Trust.INTERNAL):
    # Scheduled connectors that copy new feedback into the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Feedback ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.SecretsManagement()},
        )
    )
    # The single home of all feedback and of the published reports.
    warehouse = tm.add(
        tg.DataStore(
            "Feedback warehouse",
            stores={feedback, report},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Weekly job that builds the prompt, calls the LLM and publishes the report.
    report_job = tm.add(tg.Service("Weekly report job", controls={c.SecretsManagement()}))
    # Slack bot backend answering follow-up questions from the same data.
    bot = tm.add(tg.Service("Feedback Q&A bot", controls={c.SecretsManagement()}))
    # Internal BI dashboard showing the latest report and theme trends.
    dashboard = tm.add(
        tg.Service("Insights dashboard", controls={c.Authentication(method="company SSO")})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads the report and asks the bot follow-up questions.
    pm = tm.add(tg.Actor("Product manager", role="product manager"))

# ---------------------------------------------------------------- flows
# Collection
tm.flow(app_stores, ingestion, reviews, protocol="https")
tm.flow(helpdesk, ingestion, tickets, protocol="https")
tm.flow(surveys, ingestion, survey_answers, protocol="https")
tm.flow(ingestion, warehouse, feedback)

# Weekly report
tm.flow(warehouse, report_job, feedback, label="last 7 days")
tm.flow(report_job, llm, report_prompt, protocol="https")
tm.flow(llm, report_job, llm_output, protocol="https")
tm.flow(report_job, warehouse, report)
tm.flow(report_job, slack, report, protocol="https", label="chat.postMessage")
tm.flow(warehouse, dashboard, report, feedback, label="report and theme counts")
tm.flow(dashboard, pm, report, protocol="https")

# Follow-up questions in Slack
tm.flow(pm, slack, question, protocol="https")
tm.flow(
    slack,
    bot,
    question,
    protocol="https",
    label="Events API",
    controls={c.MessageIntegrity(note="Slack request signatures verified")},
)
tm.flow(bot, warehouse, question, label="feedback search")
tm.flow(warehouse, bot, feedback, report)
tm.flow(bot, llm, qa_prompt, protocol="https")
tm.flow(llm, bot, llm_output, protocol="https")
tm.flow(bot, slack, answer, protocol="https")
tm.flow(slack, pm, report, answer, protocol="https")
