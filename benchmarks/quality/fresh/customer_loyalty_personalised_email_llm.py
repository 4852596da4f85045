"""Personalised loyalty offer e-mails: the first design, before any security review.

A retailer's marketing team sets up a campaign in an internal campaign console:
the offers to promote, the audience segment and a brief for the tone. A campaign
service then takes each loyalty member in the segment, reads their tier, points
balance and recent purchase categories from the loyalty database, and asks an LLM
hosted by a model vendor to write a personal offer e-mail for them. A marketing
manager reads a sample of the drafts in the console and approves the campaign;
the service then hands every e-mail to an external e-mail service provider (ESP),
which delivers them and reports bounces, complaints and unsubscribes back to a
webhook that updates the members' consent flags. Members are EU and UK shoppers.
Controls in this design: staff sign in to the console with corporate SSO and MFA,
role-based access to the console, the loyalty database is encrypted at rest, only
the fields needed for the e-mail are sent to the LLM, the LLM vendor and the ESP
went through vendor review, and the ESP API key is kept in the secrets vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loyalty personalised offer e-mails",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM writes personalised offer e-mails from loyalty data; an ESP sends them.",
)

# ---------------------------------------------------------------- data assets
purchases = tg.Data(
    "Purchase history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Till and web-shop baskets linked to a loyalty card.",
)
profiles = tg.Data(
    "Loyalty member profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, e-mail address, tier, points balance, preferences and consent flags.",
)
offers = tg.Data(
    "Offer catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Current promotions, discount codes and their terms.",
)
brief = tg.Data(
    "Campaign brief",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Segment, offers to feature, tone of voice and send date.",
)
prompt = tg.Data(
    "Personalisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Brief, offer terms and the member's first name, tier, points and purchase categories.",
)
draft = tg.Data("Generated offer e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
samples = tg.Data("Draft samples for review", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Campaign approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
campaign_records = tg.Data(
    "Campaign send records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every generated e-mail with the member it went to and its send status.",
)
send_request = tg.Data(
    "E-mail send request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient address, subject and HTML body.",
)
esp_key = tg.Data("ESP API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
email = tg.Data("Offer e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
unsubscribe = tg.Data("Unsubscribe request", kind="records", sensitivity=tg.Sensitivity.PII)
events = tg.Data(
    "Delivery and unsubscribe events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bounces, spam complaints and unsubscribes keyed by e-mail address.",
)
consent = tg.Data("Consent updates", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shopper who receives the e-mail and may unsubscribe from it.
    member = tm.add(tg.Actor("Loyalty member", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the e-mail copy; a hosted general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted copywriting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("E-mail service provider", trust=tg.Trust.PARTNER):
    # Delivers the e-mails at volume and handles unsubscribe links and bounces.
    esp = tm.add(
        tg.ExternalService(
            "E-mail service provider",
            controls={c.SupplierAssessment(note="marketing ESP under a DPA")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Plans campaigns, reads sample drafts and approves the send.
    manager = tm.add(tg.Actor("Marketing manager", role="marketing staff"))

with tm.boundary("Retail data platform", trust=tg.Trust.INTERNAL):
    # Tills and the web shop, the source of what members bought.
    sales = tm.add(
        tg.DataSource("Store and web-shop sales", origin=tg.Origin.INTERNAL, provides={purchases})
    )
    # The system of record for members, their points and their marketing consent.
    loyalty_db = tm.add(
        tg.DataStore(
            "Loyalty database",
            stores={profiles, purchases},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Promotions the merchandising team has signed off, with their discount codes.
    catalogue = tm.add(tg.DataStore("Offer catalogue store", stores={offers}))

with tm.boundary("Marketing platform", trust=tg.Trust.INTERNAL):
    # Where campaigns are set up, drafts reviewed and campaigns approved.
    console = tm.add(
        tg.Endpoint(
            "Campaign console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only marketing managers can approve a send"),
            },
        )
    )
    # Builds one prompt per member, calls the LLM and hands the results to the ESP.
    campaign = tm.add(
        tg.Service(
            "Campaign personalisation service",
            description="Runs a campaign over its segment: one LLM call and one e-mail per member.",
            controls={
                c.DataMinimization(
                    note="only first name, tier, points and purchase categories go to the LLM"
                ),
                c.SecretsManagement(note="ESP API key read from the vault"),
            },
        )
    )
    # Keeps what was generated and sent, for reporting and for member queries.
    send_log = tm.add(tg.DataStore("Campaign send log", stores={campaign_records}))
    # Receives the ESP's event callbacks and updates consent flags.
    webhook = tm.add(tg.Endpoint("ESP event webhook", purpose=tg.EndpointPurpose.API))

# ---------------------------------------------------------------- flows
tm.flow(sales, loyalty_db, purchases, label="nightly batch load")

tm.flow(manager, console, brief, protocol="https")
tm.flow(console, campaign, brief)
tm.flow(loyalty_db, campaign, profiles, purchases, label="segment members")
tm.flow(catalogue, campaign, offers)
tm.flow(campaign, llm, prompt, protocol="https")
tm.flow(llm, campaign, draft, protocol="https")
tm.flow(campaign, send_log, campaign_records)
tm.flow(campaign, console, samples)
tm.flow(console, manager, samples, protocol="https")
tm.flow(manager, console, approval, protocol="https")
tm.flow(console, campaign, approval)

tm.flow(campaign, esp, send_request, esp_key, protocol="https")
tm.flow(esp, member, email, protocol="smtp")
tm.flow(member, esp, unsubscribe, protocol="https", label="unsubscribe link")
tm.flow(esp, webhook, events, protocol="https", label="event webhook")
tm.flow(webhook, loyalty_db, consent)
tm.flow(webhook, send_log, events, label="delivery status")
