"""Phone repair counter assistant: the first design, before any security review.

Technicians at the chain's repair counters book in a customer's phone in the
counter repair app (a web app in our cloud, signed in through the staff SSO),
type the customer's description of the fault and plug the phone into a bench PC
that runs the manufacturers' diagnostic apps over USB. The diagnostic report is
uploaded to the job. A repair suggestion service sends the fault, the report,
matching repair-guide passages and the parts price list to a hosted LLM, which
suggests the likely repair, the parts and a quote. The technician edits the
suggestion and issues the quote; the customer gets an SMS link to a quote page
and approves or declines it before any work starts. Head-office repair
operations maintain the guides and the price list. Jobs (customer details,
device unlock codes for testing, quotes) sit in the repair job database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Phone repair counter diagnostics assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-suggested repairs and quotes at phone repair counters, approved by the customer.",
)

# ---------------------------------------------------------------- data assets
customer_details = tg.Data(
    "Customer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, e-mail, phone model and IMEI.",
)
fault = tg.Data(
    "Fault description",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer says is wrong, typed by the technician.",
)
unlock_code = tg.Data(
    "Device unlock passcode",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The customer's screen passcode, kept on the job so the phone can be tested.",
)
diag_commands = tg.Data("Diagnostic test commands", kind="instructions")
diag_report = tg.Data(
    "Phone diagnostic report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Battery health, sensor and screen tests, IMEI and serial number.",
)
job = tg.Data(
    "Repair job record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
prompt = tg.Data(
    "Repair suggestion prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fault, diagnostic report, guide passages and the relevant part prices.",
)
suggestion = tg.Data(
    "Suggested repair and quote",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
guide_chunks = tg.Data("Repair guide passages", kind="retrieved-context")
guides = tg.Data("Repair guides", kind="documents")
prices = tg.Data(
    "Parts price list",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
quote = tg.Data("Repair quote", kind="records", sensitivity=tg.Sensitivity.PII)
quote_sms = tg.Data(
    "Quote link SMS",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Text message with a link to the quote page.",
)
quote_answer = tg.Data(
    "Quote approval",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's approve or decline of the quote.",
)
staff_login = tg.Data("Staff SSO sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer: hands the phone over at the counter, approves the quote by SMS link.
    customer = tm.add(tg.Actor("Customer", role="repair customer"))
    # The phone being repaired: whatever is installed on it answers the diagnostics.
    customer_phone = tm.add(
        tg.Device(
            "Customer phone",
            description="The handset booked in for repair, plugged into the bench PC.",
        )
    )

with tm.boundary("Repair shop network", trust=tg.Trust.INTERNAL):
    # Counter staff who book in phones, run diagnostics and issue quotes.
    technician = tm.add(tg.Actor("Repair technician", role="counter technician"))
    # Bench PC running the manufacturers' diagnostic apps against the phone.
    bench_pc = tm.add(
        tg.Device(
            "Diagnostic bench PC",
            description="Windows PC at each counter with the vendor diagnostic suites.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Keeps the repair guides and the parts price list up to date.
    repair_ops = tm.add(tg.Actor("Repair operations team", role="head-office repair ops"))

with tm.boundary("Repair platform cloud", trust=tg.Trust.INTERNAL):
    # The web app technicians work in: jobs, diagnostics, suggestions, quotes.
    counter_app = tm.add(
        tg.Service(
            "Counter repair app",
            description="Books jobs, shows the LLM suggestion, lets the technician edit and issue the quote.",
            controls={
                c.Authentication(method="Entra ID single sign-on, each technician's own account"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="the technician reviews and edits every suggested repair and quote"
                ),
            },
        )
    )
    # Builds the prompt from the job, the guides and the prices, and calls the LLM.
    suggester = tm.add(
        tg.Service(
            "Repair suggestion service",
            description="Retrieves guide passages and part prices, calls the hosted LLM.",
        )
    )
    # Embeds repair guides for retrieval.
    guide_index = tm.add(tg.VectorStore("Repair guide index", stores={guide_chunks}))
    # Embeds newly uploaded guides nightly.
    indexer = tm.add(tg.Pipeline("Guide indexing job", stage=tg.Stage.INGESTION))
    # Prices of parts and labour per phone model, set by head office.
    price_list = tm.add(
        tg.DataStore(
            "Parts price list",
            stores={prices},
            controls={c.RBAC()},
        )
    )
    # System of record for repair jobs, including unlock codes for testing.
    job_db = tm.add(
        tg.DataStore(
            "Repair job database",
            stores={job, customer_details, fault, unlock_code, diag_report, quote, quote_answer},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public page the SMS link opens: shows the quote, records approve or decline.
    quote_page = tm.add(
        tg.Endpoint(
            "Quote approval page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows the quote for the job in the link and records the customer's answer.",
            controls={
                c.Authentication(method="unguessable single-use link token sent by SMS"),
                c.HumanInTheLoop(approver="the customer, before any work starts"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that suggests the repair and quote.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the quote link to the customer's mobile.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The chain's staff directory and single sign-on.
    sso = tm.add(tg.ExternalService("Staff SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(technician, sso, staff_login, protocol="https")
tm.flow(sso, counter_app, staff_login, protocol="oidc", label="ID token")

# booking in and diagnostics
tm.flow(technician, counter_app, customer_details, fault, unlock_code, protocol="https")
tm.flow(bench_pc, customer_phone, diag_commands, protocol="usb")
tm.flow(customer_phone, bench_pc, diag_report, protocol="usb")
tm.flow(bench_pc, counter_app, diag_report, protocol="https", label="report upload")
tm.flow(counter_app, job_db, job, customer_details, fault, unlock_code, diag_report, quote)
tm.flow(job_db, counter_app, job, customer_details, fault, unlock_code, diag_report, quote_answer)

# suggestion
tm.flow(counter_app, suggester, fault, diag_report)
tm.flow(suggester, guide_index, fault, label="similarity query")
tm.flow(guide_index, suggester, guide_chunks)
tm.flow(price_list, suggester, prices)
tm.flow(suggester, llm, prompt, protocol="https")
tm.flow(llm, suggester, suggestion, protocol="https")
tm.flow(suggester, counter_app, suggestion)
tm.flow(counter_app, technician, suggestion, quote, diag_report, protocol="https")

# quote to the customer and approval
tm.flow(counter_app, sms, quote_sms, protocol="https")
tm.flow(sms, customer, quote_sms, protocol="sms")
tm.flow(customer, quote_page, quote_answer, protocol="https")
tm.flow(quote_page, customer, quote, protocol="https")
tm.flow(job_db, quote_page, quote)
tm.flow(quote_page, job_db, quote_answer)

# head-office content
tm.flow(repair_ops, price_list, prices, protocol="https", label="price updates")
tm.flow(repair_ops, indexer, guides, protocol="https", label="guide uploads")
tm.flow(indexer, guide_index, guide_chunks)
