"""Treehouse builder: site survey and quote drafting with an LLM, the first design.

A small UK company designs and builds bespoke treehouses in customers' gardens.
Homeowners send an enquiry with garden photos through a web form; a surveyor then
visits, records tree species, girth, heights, access and ground conditions on a
tablet, and attaches the independent arborist's tree-health report. A quote
service in our cloud project builds a prompt from the survey, the materials and
labour price list and similar past quotes (found in a vector index), and asks a
hosted LLM to draft the scope of works and priced quote. An estimator reviews and
edits every draft in an internal dashboard before it is e-mailed as a PDF. Controls
in this design: TLS on every connection, staff sign-in with the company's Google
Workspace accounts, upload type and size checks on the enquiry form, and the
estimator's approval of every quote before it leaves the company.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Treehouse builder survey and quote LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts treehouse build quotes from site surveys, reviewed by an estimator.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Customer enquiry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, phone, e-mail, budget and what they would like built.",
)
garden_photos = tg.Data("Garden photos", sensitivity=tg.Sensitivity.PII, kind="media")
survey = tg.Data(
    "Site survey notes and measurements",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tree species, girth, heights, access, ground, with the customer's address.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
site_photos = tg.Data("Site survey photos", sensitivity=tg.Sensitivity.PII, kind="media")
arborist_report = tg.Data(
    "Arborist tree-health report", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
prices = tg.Data(
    "Materials and labour prices",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
past_quotes = tg.Data(
    "Past quote chunks", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
prompt = tg.Data("Quote drafting prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
draft = tg.Data(
    "Draft scope of works and quote", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
final_quote = tg.Data(
    "Approved quote PDF",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective customers; anyone can fill in the enquiry form.
    homeowner = tm.add(tg.Actor("Homeowner", role="prospective customer"))
    # Independent tree surgeon the surveyor commissions; sends the report by e-mail.
    arborist = tm.add(
        tg.DataSource(
            "Independent arborist",
            origin=tg.Origin.PARTNER,
            provides={arborist_report},
        )
    )

with tm.boundary("Field", trust=tg.Trust.INTERNAL):
    # Visits the site and records the survey.
    surveyor = tm.add(tg.Actor("Surveyor", role="site surveyor"))
    # Company iPad with the survey app; syncs when back in signal.
    tablet = tm.add(
        tg.Device(
            "Surveyor tablet",
            fleet=True,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Prices the job, edits the draft and approves what is sent.
    estimator = tm.add(tg.Actor("Estimator", role="estimator", privileged=True))

with tm.boundary("Cloud project", trust=tg.Trust.INTERNAL):
    # Public enquiry form backend.
    enquiry_api = tm.add(
        tg.Endpoint(
            "Enquiry form API",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="image type and 20 MB size limit on uploads")},
        )
    )
    # Receives survey syncs from the tablets and arborist reports forwarded by staff.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey sync API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )
    # System of record for enquiries, surveys, photos and sent quotes.
    job_store = tm.add(
        tg.DataStore(
            "Job and survey store",
            stores={enquiry, garden_photos, survey, site_photos, arborist_report, final_quote},
        )
    )
    # Price list kept up to date by the estimator.
    price_list = tm.add(tg.DataStore("Materials price list", stores={prices}))
    # Embeddings of past accepted quotes, for finding similar builds.
    quote_index = tm.add(tg.VectorStore("Past quote index", stores={past_quotes}))
    # Nightly job that chunks and embeds quotes once they are sent.
    indexer = tm.add(tg.Pipeline("Quote indexing job", stage=tg.Stage.INGESTION))
    # Builds the prompt, calls the LLM, stores the draft.
    quote_service = tm.add(tg.Service("Quote drafting service"))
    # Internal web app where the estimator reviews, edits and sends quotes.
    dashboard = tm.add(
        tg.Endpoint(
            "Estimator dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2-step verification"),
                c.HumanInTheLoop(approver="the estimator"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used for the drafts.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Google Workspace mail, used to send the approved quote.
    mail = tm.add(tg.ExternalService("Workspace e-mail"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(homeowner, enquiry_api, enquiry, garden_photos, protocol="https", controls={tls})
tm.flow(enquiry_api, job_store, enquiry, garden_photos)

tm.flow(surveyor, tablet, survey, site_photos, label="records survey")
tm.flow(tablet, survey_api, survey, site_photos, protocol="https", controls={tls})
tm.flow(arborist, mail, arborist_report, protocol="smtp", label="report e-mailed to surveyor")
tm.flow(
    mail, tablet, arborist_report, protocol="https", controls={tls}, label="attached in survey app"
)
tm.flow(tablet, survey_api, arborist_report, protocol="https", controls={tls})
tm.flow(survey_api, job_store, survey, site_photos, arborist_report)

tm.flow(job_store, quote_service, enquiry, survey, arborist_report)
tm.flow(price_list, quote_service, prices)
tm.flow(quote_service, quote_index, survey, label="similarity query")
tm.flow(quote_index, quote_service, past_quotes)
tm.flow(quote_service, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, quote_service, draft, protocol="https", controls={tls})
tm.flow(quote_service, dashboard, draft)

tm.flow(dashboard, estimator, draft, survey, site_photos, protocol="https", controls={tls})
tm.flow(
    estimator, dashboard, final_quote, protocol="https", controls={tls}, label="edits and approves"
)
tm.flow(estimator, price_list, prices, protocol="https", controls={tls}, label="updates prices")
tm.flow(dashboard, job_store, final_quote)
tm.flow(dashboard, mail, final_quote, protocol="https", controls={tls})
tm.flow(mail, homeowner, final_quote, protocol="smtp")

tm.flow(job_store, indexer, final_quote, label="sent quotes")
tm.flow(indexer, quote_index, past_quotes)
