"""Stonemason memorial inscription proofs: the first design, before any security review.

Bereaved families order a headstone through a web form on the stonemason's website:
their contact details, the name and dates of the deceased, the cemetery and plot, the
stone chosen and the wording they want carved. A proof-drafting service sends the
family's wording, the stone's dimensions and the regulations of that cemetery or
churchyard to an LLM hosted by a vendor, which drafts the inscription layout and the
proof text and lists any wording or lettering that breaks the cemetery's rules.
The master mason reviews and edits every draft in a back-office console (e-mail and
password sign-in) and approves it before anything is cut; the proof is then e-mailed
to the family, who sign it off through a link, and to the burial authority with the
memorial permit application. The approved layout is downloaded to the workshop PC
and sent over USB to the stencil cutter. Everything but the workshop runs on a
managed web host; the orders database uses the host's encryption at rest, and the
order form validates field lengths and the characters that can be carved.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Stonemason memorial inscription proofs",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Headstone orders from bereaved families, with LLM-drafted inscription "
    "proofs checked against cemetery rules and approved by the mason before cutting.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Inscription order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Family contact details, deceased's name and dates, cemetery and plot, "
    "stone choice and the family's wording.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
regulations = tg.Data(
    "Cemetery regulations",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Each cemetery's or churchyard's memorial rules: sizes, materials, "
    "permitted wording and lettering.",
)
prompt = tg.Data(
    "Proof drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Family wording, names and dates, stone dimensions and the cemetery's rules.",
)
draft = tg.Data(
    "Draft layout and rule check",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Line breaks, letter sizes, proof text and the rules the wording may break.",
)
proof = tg.Data(
    "Inscription proof",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
mason_approval = tg.Data(
    "Mason's proof approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
family_signoff = tg.Data("Family proof sign-off", kind="records", sensitivity=tg.Sensitivity.PII)
permit_application = tg.Data(
    "Memorial permit application", kind="documents", sensitivity=tg.Sensitivity.PII
)
permit = tg.Data("Memorial permit", kind="documents", sensitivity=tg.Sensitivity.PII)
cutting_layout = tg.Data(
    "Cutting layout",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approved vector layout of the lettering, for the stencil.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The bereaved family, ordering from home; anyone can fill in the form.
    family = tm.add(tg.Actor("Bereaved family", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the layout and proof text and flags wording against the rules.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends proofs to families and permit applications to burial authorities.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Burial authorities", trust=tg.Trust.PARTNER):
    # Council bereavement services or the parish, who must permit each memorial.
    burial_authority = tm.add(tg.Actor("Burial authority officer", role="cemetery registrar"))

with tm.boundary("Managed web host", trust=tg.Trust.INTERNAL):
    # Public order form, also where families open the proof link to sign it off.
    order_form = tm.add(
        tg.Endpoint(
            "Order web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Families sign off a proof through a link e-mailed to them.",
            controls={tg.controls.InputValidation(note="field lengths and carvable characters")},
        )
    )
    # Builds the prompt from the order and the cemetery's rules, calls the LLM.
    drafting = tm.add(
        tg.Service(
            "Proof drafting service",
            description="Turns the LLM reply into a proof PDF and a draft layout.",
        )
    )
    # Orders and their status, from first enquiry to cutting.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order, mason_approval, family_signoff},
            controls={tg.controls.EncryptionAtRest(key_management="host-managed keys")},
        )
    )
    # One regulations document per cemetery or churchyard the mason works in.
    rules_library = tm.add(tg.DataStore("Cemetery rules library", stores={regulations}))
    # Draft and approved proof PDFs and layouts.
    proof_store = tm.add(tg.DataStore("Proof file store", stores={proof, cutting_layout}))
    # The mason's back office: review, edit, approve, send proofs and permits.
    console = tm.add(
        tg.Endpoint(
            "Mason review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="the master mason", note="every proof, before any stone is cut"
                ),
            },
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Reviews every draft and approves it; also keeps the rules library up to date.
    mason = tm.add(tg.Actor("Master mason", role="master mason", privileged=True))
    # Downloads approved layouts and drives the stencil cutter.
    workshop_pc = tm.add(tg.Device("Workshop PC", fleet=False))
    # Cuts the sandblast stencil the lettering is carved through.
    stencil_cutter = tm.add(tg.Device("Stencil cutter", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(family, order_form, order, protocol="https", label="places order")
tm.flow(order_form, family, confirmation, protocol="https")
tm.flow(order_form, orders_db, order)
tm.flow(order_form, drafting, order, label="new order")

tm.flow(rules_library, drafting, regulations)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, draft, protocol="https")
tm.flow(drafting, proof_store, proof)

tm.flow(orders_db, console, order)
tm.flow(proof_store, console, proof)
tm.flow(console, mason, proof, protocol="https", label="draft for review")
tm.flow(mason, console, mason_approval, protocol="https", label="edits and approves")
tm.flow(mason, console, regulations, protocol="https", label="uploads cemetery rules")
tm.flow(console, rules_library, regulations)
tm.flow(console, proof_store, proof, cutting_layout, label="approved proof")
tm.flow(console, orders_db, mason_approval)

tm.flow(console, email, proof, protocol="https", label="proof for family sign-off")
tm.flow(email, family, proof, protocol="smtp+starttls")
tm.flow(family, order_form, family_signoff, protocol="https", label="signs off proof")
tm.flow(order_form, orders_db, family_signoff)

tm.flow(console, email, permit_application, protocol="https", label="permit application")
tm.flow(email, burial_authority, permit_application, protocol="smtp+starttls")
tm.flow(burial_authority, mason, permit, protocol="smtp+starttls", label="permit by e-mail")

tm.flow(console, workshop_pc, cutting_layout, protocol="https", label="download approved layout")
tm.flow(workshop_pc, stencil_cutter, cutting_layout, protocol="usb")
