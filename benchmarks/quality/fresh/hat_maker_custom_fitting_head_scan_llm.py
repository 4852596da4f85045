"""Milliner's custom fitting assistant: the first design, before any security review.

A one-shop milliner in the UK makes made-to-measure hats. In the shop a customer's head
is scanned with a 3D scanner tethered by USB to the shop's fitting tablet, and the
customer chats on the tablet about the occasion, the look they want and any fitting
needs (some customers mention hair loss or medical reasons). The fitting app's backend,
built and maintained by a freelance developer on a small cloud host, stores the scan,
extracts head measurements from it and asks a hosted LLM to suggest hat blocks from the
milliner's catalogue and styles that suit. Only the measurements and the chat go to the
LLM, not the raw scan or the customer's name. Suggestions are advice: the milliner
reviews them on her laptop and makes the final design, which is e-mailed to the
customer through a transactional e-mail service. The tablet and the milliner sign in to
the backend with the shop's account; customer records and scans are encrypted at rest
with the host's default keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Milliner's head-scan fitting assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="In-store head scans and chat feed LLM block and style suggestions for a milliner.",
)

# ---------------------------------------------------------------- data assets
scan = tg.Data(
    "Head scan mesh",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="3D mesh of the customer's head and face from the in-store scanner.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
measurements = tg.Data(
    "Head measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Circumference, length-to-width ratio, crown height, brow line.",
)
chat = tg.Data(
    "Customer chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Occasion, preferences, budget and any fitting or medical needs.",
)
contact = tg.Data("Customer contact details", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Style prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Shop instructions, head measurements, the chat and catalogue excerpts.",
)
suggestions = tg.Data(
    "Block and style suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII
)
catalogue = tg.Data(
    "Block catalogue entries",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The milliner's hat blocks with sizes, shapes and style notes.",
)
design = tg.Data(
    "Final hat design",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen block, size, materials, trims and price.",
)
design_email = tg.Data("Design summary e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
app_code = tg.Data("Fitting app release", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Walk-in customers, who use the shop's tablet while they are in store.
    customer = tm.add(tg.Actor("Customer", role="shop customer"))

with tm.boundary("Shop floor", trust=tg.Trust.INTERNAL):
    # Structured-light scanner on a stand; produces the head mesh.
    scanner = tm.add(tg.Device("3D head scanner", fleet=False))
    # The shop's tablet running the fitting app: scan capture, chat and suggestions.
    tablet = tm.add(tg.Device("Fitting tablet", fleet=False))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The milliner: reviews suggestions, designs the hat, keeps the catalogue.
    milliner = tm.add(tg.Actor("Milliner", role="shop owner", privileged=True))

with tm.boundary("Cloud host", trust=tg.Trust.INTERNAL):
    # Fitting app backend: stores scans and chats, builds the prompt, serves the milliner.
    backend = tm.add(
        tg.Service(
            "Fitting app backend",
            controls={
                c.Authentication(method="shop account e-mail and password"),
                c.DataMinimization(note="only measurements and chat go to the LLM"),
                c.HumanInTheLoop(approver="the milliner, who makes the final design"),
            },
        )
    )
    # Geometry code that reads the mesh file and computes head measurements.
    extractor = tm.add(tg.Service("Head measurement extractor"))
    # Object storage for the scan meshes.
    scan_bucket = tm.add(
        tg.DataStore(
            "Scan file bucket",
            stores={scan},
            controls={c.EncryptionAtRest(key_management="host default keys")},
        )
    )
    # Customers, measurements, chats, suggestions and final designs.
    customer_db = tm.add(
        tg.DataStore(
            "Customer records database",
            stores={contact, measurements, chat, suggestions, design},
            controls={c.EncryptionAtRest(key_management="host default keys")},
        )
    )
    # The milliner's blocks and style notes that suggestions are drawn from.
    block_catalogue = tm.add(tg.DataStore("Block catalogue", stores={catalogue}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the design summary to the customer.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Freelance developer", trust=tg.Trust.PARTNER):
    # Built the app and deploys updates to the host.
    developer = tm.add(tg.Actor("App developer", role="freelance developer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, scanner, scan, label="scanned in person")
tm.flow(scanner, tablet, scan, protocol="usb")
tm.flow(customer, tablet, chat, contact, label="typed on the touchscreen")
tm.flow(tablet, customer, suggestions, label="shown on the touchscreen")
tm.flow(tablet, backend, scan, chat, contact, protocol="https")
tm.flow(backend, tablet, suggestions, protocol="https")

tm.flow(backend, scan_bucket, scan)
tm.flow(scan_bucket, extractor, scan)
tm.flow(extractor, backend, measurements)
tm.flow(backend, customer_db, contact, measurements, chat, suggestions, design)
tm.flow(customer_db, backend, contact, measurements, chat, suggestions, design)
tm.flow(block_catalogue, backend, catalogue)
tm.flow(backend, block_catalogue, catalogue, label="catalogue edits")

tm.flow(backend, llm, prompt, protocol="https")
tm.flow(llm, backend, suggestions, protocol="https")

tm.flow(backend, milliner, measurements, chat, suggestions, protocol="https")
tm.flow(milliner, backend, design, catalogue, protocol="https")
tm.flow(backend, mailer, design_email, protocol="https")
tm.flow(mailer, customer, design_email, protocol="smtp")

tm.flow(developer, backend, app_code, protocol="ssh")
