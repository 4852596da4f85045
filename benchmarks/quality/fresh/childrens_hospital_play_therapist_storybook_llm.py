"""Children's hospital storybook generator: the first design, before any security review.

Play therapists at a children's hospital make personalised picture storybooks that
explain an upcoming procedure (an MRI scan, a cannula, going to theatre) to a young
patient. In a web app on the hospital's cloud tenant, reached from the hospital
network with the staff single sign-on, the therapist picks a clinically approved
procedure template and adds the child's first name, age, favourite things and worries.
The storybook service prefills the procedure from the electronic patient record,
asks a vendor-hosted LLM to draft the story text and an image-generation API to draw
the pictures, and keeps drafts in a storybook store. The therapist reads and edits
every page before anything leaves the app; approved books go to the ward printer or
to the family by e-mail through the hospital mail gateway. Templates are edited only
by the play therapy lead. The LLM vendor's content filter is on and the vendor went
through the hospital's supplier review; the image vendor has not yet been assessed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's hospital play therapy storybook generator",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Play therapists generate personalised picture storybooks that explain "
        "procedures to young patients, drafted by an LLM and an image model from templates."
    ),
)

# ---------------------------------------------------------------- data assets
story_request = tg.Data(
    "Storybook request",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template choice, the child's first name, age, favourite things and worries.",
)
appointment_query = tg.Data(
    "Appointment lookup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hospital number of the child, to find the scheduled procedure.",
)
appointment = tg.Data(
    "Scheduled procedure details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Procedure type, date, ward and whether sedation or anaesthetic is planned.",
)
templates = tg.Data(
    "Procedure story templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Clinically approved step-by-step explanations and prompt wording per procedure.",
)
llm_prompt = tg.Data(
    "Story drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template text filled with the child's details and the procedure.",
)
story_text = tg.Data(
    "Drafted story text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
image_prompt = tg.Data(
    "Illustration prompts",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="One scene description per page, with the child's character (hair, glasses, toy).",
)
illustrations = tg.Data("Generated illustrations", kind="media", sensitivity=tg.Sensitivity.PII)
edits = tg.Data(
    "Therapist edits and approval",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Changes to pages and the therapist's sign-off of the finished book.",
)
storybook = tg.Data(
    "Personalised storybook",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="The finished PDF: text and pictures naming the child and the procedure.",
)
sign_in = tg.Data("Staff sign-in token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The people who write the books; they meet the child and family on the ward.
    therapist = tm.add(tg.Actor("Play therapist", role="play therapy staff"))
    # Owns the template library and its clinical sign-off.
    lead = tm.add(tg.Actor("Play therapy lead", role="template owner", privileged=True))
    # Printer on the children's ward where finished books are printed.
    printer = tm.add(tg.Device("Ward printer", fleet=True, description="Networked ward printer."))

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The hospital's existing record; the service only reads appointments from it.
        epr = tm.add(
            tg.DataStore(
                "Electronic patient record",
                stores={appointment},
                controls={c.RBAC(), c.AuditLogging()},
                description="Existing EPR, read through its FHIR API with a service account.",
            )
        )

with tm.boundary("Hospital cloud tenant", trust=tg.Trust.INTERNAL):
    # Where therapists build, review and send books.
    web_app = tm.add(
        tg.Endpoint(
            "Storybook web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="hospital Entra ID single sign-on"), c.RBAC()},
            description="Browser app for play therapy staff, reachable from the hospital network.",
        )
    )
    # Fills templates, calls the two model APIs, assembles the PDF.
    service = tm.add(
        tg.Service(
            "Storybook service",
            controls={
                c.HumanInTheLoop(
                    approver="the play therapist reviews every page before printing or sending"
                ),
                c.AuditLogging(),
            },
            description="Builds prompts from the template and the child's details, lays out the book.",
        )
    )
    # The approved wording for each procedure.
    template_library = tm.add(
        tg.DataStore("Procedure template library", stores={templates}, controls={c.RBAC()})
    )
    # Drafts and finished books, so therapists can reprint or adapt them.
    story_store = tm.add(
        tg.DataStore(
            "Storybook store",
            stores={storybook, story_text, illustrations},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Sends finished books to families from a hospital address.
    mail_gateway = tm.add(tg.Service("Hospital mail gateway"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Staff single sign-on the hospital already uses.
    idp = tm.add(
        tg.ExternalService("Hospital Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the story text from the filled template.
    llm = tm.add(
        tg.LLM(
            "Hosted story LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter"), c.SupplierAssessment()},
            description="General-purpose chat model behind the vendor's API, UK region.",
        )
    )

with tm.boundary("Image generation vendor", trust=tg.Trust.PARTNER):
    # Draws one picture per page in the hospital's house style.
    image_model = tm.add(
        tg.Model(
            "Hosted image generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Text-to-image API.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives the finished book to read with the child at home.
    parent = tm.add(tg.Actor("Parent or carer", role="family member"))

# ---------------------------------------------------------------- flows
tm.flow(therapist, web_app, story_request, edits, protocol="https")
tm.flow(web_app, therapist, story_text, illustrations, storybook, protocol="https")
tm.flow(web_app, idp, sign_in, protocol="oidc", label="staff sign-in")
tm.flow(idp, web_app, sign_in, protocol="oidc")

tm.flow(web_app, service, story_request, edits)
tm.flow(service, web_app, story_text, illustrations, storybook)

tm.flow(service, epr, appointment_query, protocol="HL7 FHIR over HTTPS")
tm.flow(epr, service, appointment, protocol="HL7 FHIR over HTTPS")
tm.flow(template_library, service, templates)
tm.flow(lead, template_library, templates, protocol="https", label="edits templates")

tm.flow(service, llm, llm_prompt, protocol="https")
tm.flow(llm, service, story_text, protocol="https")
tm.flow(service, image_model, image_prompt, protocol="https")
tm.flow(image_model, service, illustrations, protocol="https")

tm.flow(service, story_store, story_text, illustrations, storybook)
tm.flow(story_store, service, story_text, illustrations, storybook)

tm.flow(service, printer, storybook, protocol="ipp", label="print job")
tm.flow(printer, therapist, storybook, label="printed book handed over")
tm.flow(service, mail_gateway, storybook, protocol="smtp+starttls")
tm.flow(mail_gateway, parent, storybook, protocol="smtp+starttls", label="e-mail with PDF")
