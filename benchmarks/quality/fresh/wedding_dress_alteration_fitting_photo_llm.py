"""Wedding dress alteration assistant: the first design, before any security review.

A bridal shop in Dublin wants its seamstresses to spend less time writing up
alteration plans. At each fitting the seamstress photographs the bride in her dress
(front, back, side) on a shop tablet in the fitting room and types in the body
measurements and her pinning notes. The tablet uploads everything to the shop's
alteration web app, hosted in the shop's own cloud account. A drafting service
combines the photos, measurements, notes and the shop's alteration price list into a
prompt for a hosted vision-capable LLM, which drafts the alteration plan and a quote.
The seamstress reviews and edits the draft on the tablet and approves it; only then
is the quote e-mailed to the bride through a mail provider, and her reply lands in
the shop mailbox. The owner keeps the price list up to date in the same app. Staff
sign in with their own e-mail and password, the photo bucket and the client database
use the cloud provider's default encryption, and every link is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding dress alteration assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts alteration plans and quotes from fitting-room photos and measurements.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Fitting-room photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="The bride in her dress, front, back and side, taken during the fitting.",
)
measurements = tg.Data(
    "Body measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bust, waist, hips, hollow-to-hem and the other measurements taken at the fitting.",
)
notes = tg.Data(
    "Seamstress fitting notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Where the dress was pinned and what the bride asked to change.",
)
client = tg.Data(
    "Bride contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number, wedding date and dress ordered.",
)
fitting_ref = tg.Data("Fitting reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prices = tg.Data("Alteration price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Alteration drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the photos, measurements, fitting notes and the price list.",
)
draft = tg.Data(
    "Draft alteration plan and quote",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
quote = tg.Data(
    "Approved alteration quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The plan and price as approved by the seamstress, sent to the bride.",
)
reply = tg.Data("Bride's reply to the quote", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: she receives the quote by e-mail and answers it.
    bride = tm.add(tg.Actor("Bride", role="customer"))

with tm.boundary("Bridal shop", trust=tg.Trust.INTERNAL):
    # Takes the photos and measurements, and approves every draft before it goes out.
    seamstress = tm.add(tg.Actor("Seamstress", role="seamstress"))
    # Runs the shop; maintains the alteration price list and reads the replies.
    owner = tm.add(tg.Actor("Shop owner", role="owner", privileged=True))
    # The fitting-room tablet: camera, measurement form and draft review screen.
    tablet = tm.add(
        tg.Device(
            "Fitting-room tablet",
            fleet=False,
            description="One shared tablet per fitting room, on the shop Wi-Fi.",
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # The web app staff use from the tablet and the office laptop.
    app = tm.add(
        tg.Endpoint(
            "Alteration web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Fitting records, draft review and approval, price list editing.",
            controls={
                c.Authentication(method="each staff member's own e-mail and password"),
                c.HumanInTheLoop(
                    approver="the seamstress who did the fitting",
                    note="a quote is e-mailed only after she approves the edited draft",
                ),
            },
        )
    )
    # Builds the prompt from the fitting's records and calls the LLM.
    drafter = tm.add(
        tg.Service(
            "Alteration drafting service",
            description="Assembles photos, measurements, notes and prices; stores the draft.",
        )
    )
    # Object storage for the fitting photos.
    photo_store = tm.add(
        tg.DataStore(
            "Fitting photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # The shop's client and fitting database: who, measurements, notes, drafts, quotes.
    records = tm.add(
        tg.DataStore(
            "Client and fitting database",
            stores={client, measurements, notes, draft, quote},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # What each alteration costs (hem, bustle, take in bodice, ...), used for the quote.
    price_store = tm.add(tg.DataStore("Alteration price list store", stores={prices}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads the photos and measurements and drafts the plan and quote.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the quote from the shop's address and holds the shop mailbox.
    mail = tm.add(tg.ExternalService("E-mail service", provides="generic"))

# ---------------------------------------------------------------- flows
# At the fitting
tm.flow(seamstress, tablet, measurements, notes, client, label="typed in at the fitting")
tm.flow(tablet, app, photos, measurements, notes, client, protocol="https", label="upload")
tm.flow(app, photo_store, photos)
tm.flow(app, records, client, measurements, notes)

# Drafting
tm.flow(app, drafter, fitting_ref, label="draft request")
tm.flow(photo_store, drafter, photos)
tm.flow(records, drafter, measurements, notes)
tm.flow(price_store, drafter, prices)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, records, draft)
tm.flow(drafter, app, draft)

# Review and approval by the seamstress
tm.flow(app, tablet, draft, protocol="https")
tm.flow(tablet, seamstress, draft, label="shown on the tablet")
tm.flow(seamstress, tablet, quote, label="edits and approves on the tablet")
tm.flow(tablet, app, quote, protocol="https", label="approval")
tm.flow(app, records, quote, label="approved quote")

# Sending the quote and the bride's answer
tm.flow(app, mail, quote, client, protocol="https")
tm.flow(mail, bride, quote, protocol="smtp+starttls")
tm.flow(bride, mail, reply, protocol="smtp+starttls")
tm.flow(mail, owner, reply, protocol="https", label="read in the shop mailbox")

# Price list upkeep
tm.flow(owner, app, prices, protocol="https", label="updates the price list")
tm.flow(app, price_store, prices)
